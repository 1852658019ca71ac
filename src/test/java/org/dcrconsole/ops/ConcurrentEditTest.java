package org.dcrconsole.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.AbstractEntity;
import org.dcrconsole.site.Booth;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 200 edit pairs: two administrators open the same site (or booth), change it differently and
 * press Save at the same moment. Every pair must end in exactly one save and one clear conflict
 * (the notice the UI shows for {@link OptimisticLockingFailureException}), and the stored row
 * must be the one save that reported success: no update is lost.
 */
@DcrSpringBootTest
@Tag("db")
class ConcurrentEditTest {

    static final int PAIRS = 200;

    @Autowired
    SiteService sites;
    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void two_hundred_conflicting_edit_pairs_give_two_hundred_conflicts_and_lose_nothing() throws Exception {
        Site site = OpsFixtures.newSite(sites, "ops-conflict");
        long siteId = site.getId();
        Booth booth = OpsFixtures.newBooth(sites, siteId, "C1");
        long boothId = booth.getId();
        Tally tally = new Tally();

        for (int i = 0; i < PAIRS; i++) {
            if (i % 2 == 0) {
                Site a = asAdmin(() -> sites.getForEdit(siteId));
                Site b = asAdmin(() -> sites.getForEdit(siteId));
                a.setCity("A-" + i);
                b.setCity("B-" + i);
                race(tally, a, b, s -> asAdmin(() -> sites.saveSite(s)),
                        () -> jdbc.queryForObject("SELECT city FROM site WHERE id = ?", String.class, siteId),
                        Site::getCity);
            } else {
                Booth a = oneBooth(siteId, boothId);
                Booth b = oneBooth(siteId, boothId);
                a.setLabel("A-" + i);
                b.setLabel("B-" + i);
                race(tally, a, b, x -> asAdmin(() -> sites.saveBooth(x)),
                        () -> jdbc.queryForObject("SELECT label FROM booth WHERE id = ?", String.class, boothId),
                        Booth::getLabel);
            }
        }

        long siteVersion = jdbc.queryForObject("SELECT version FROM site WHERE id = ?", Long.class, siteId);
        long boothVersion = jdbc.queryForObject("SELECT version FROM booth WHERE id = ?", Long.class, boothId);
        System.out.printf("Concurrent edits: %d pairs -> %d saved, %d conflicts, %d lost updates, %d other errors%n",
                PAIRS, tally.saved, tally.conflicts, tally.lost, tally.other.size());
        assertThat(tally.other).as("failures other than a clear conflict").isEmpty();
        assertThat(tally.conflicts).isEqualTo(PAIRS);
        assertThat(tally.saved).isEqualTo(PAIRS);
        assertThat(tally.lost).as("saves reported as done but not stored").isZero();
        assertThat(siteVersion - site.getVersion() + boothVersion - booth.getVersion())
                .as("one version step per successful save").isEqualTo(PAIRS);
    }

    private <T extends AbstractEntity> void race(Tally tally, T a, T b, Function<T, T> save,
                                                 Callable<String> stored, Function<T, String> value) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<T> fa = pool.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return save.apply(a);
        });
        Future<T> fb = pool.submit(() -> {
            start.await(10, TimeUnit.SECONDS);
            return save.apply(b);
        });
        List<String> savedValues = new ArrayList<>();
        for (var entry : List.of(java.util.Map.entry(fa, a), java.util.Map.entry(fb, b))) {
            try {
                entry.getKey().get(30, TimeUnit.SECONDS);
                savedValues.add(value.apply(entry.getValue()));
                tally.saved++;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof OptimisticLockingFailureException) {
                    tally.conflicts++;
                } else {
                    tally.other.add(e.getCause());
                }
            }
        }
        String now = stored.call();
        for (String saved : savedValues) {
            if (!saved.equals(now)) {
                tally.lost++;
            }
        }
    }

    private Booth oneBooth(long siteId, long boothId) {
        return asAdmin(() -> sites.boothsForEdit(siteId)).stream().filter(x -> x.getId() == boothId).findFirst()
                .orElseThrow();
    }

    private static <T> T asAdmin(Callable<T> work) {
        try {
            return TestUsers.as(OpsFixtures.ADMIN, work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Tally {
        int saved;
        int conflicts;
        int lost;
        final List<Throwable> other = new ArrayList<>();
    }
}
