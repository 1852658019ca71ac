package org.dcrconsole.booth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Desks racing for one booth or one client: the database lets exactly one win. */
@DcrSpringBootTest
@Tag("db")
class CheckInConcurrencyTest {

    static final int DESKS = 50;

    @Autowired
    BoardService board;
    @Autowired
    SiteService siteService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fifty_desks_putting_different_clients_into_one_booth_leave_exactly_one_visit() throws Exception {
        TestSite site = BoothFixture.site(siteService, BoothKind.INJECTION);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < DESKS; i++) {
            codes.add(BoothFixture.newCode());
        }

        List<Object> outcomes = race(site, codes.stream()
                .map(code -> BoothFixture.injection(code, site.booth(0))).toList());

        assertThat(outcomes).filteredOn(o -> o instanceof CheckInResult.Admitted).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof BusinessException).hasSize(DESKS - 1)
                .allSatisfy(o -> assertThat(((BusinessException) o).messageKey())
                        .isIn("checkin.error.boothTaken", "checkin.error.conflict"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit WHERE site_id = ?", Long.class, site.id())).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit WHERE site_id = ? AND ended_at IS NULL", Long.class,
                site.id())).isOne();
    }

    @Test
    void one_client_checked_in_at_two_desks_at_once_gets_one_visit() throws Exception {
        TestSite site = BoothFixture.site(siteService, BoothKind.INJECTION, BoothKind.INJECTION);
        String code = BoothFixture.newCode();
        // the client is known already, so both desks race on the visit, not on registering them
        SignedInUser staff = TestUsers.user("staff-twice", List.of(site.id()), Role.STAFF);
        TestUsers.as(staff, () -> {
            board.refuse(site.id(), null, RefusalReason.FULL);
            CheckInResult first = board.checkIn(site.id(), BoothFixture.injection(code, site.booth(0)));
            long visitId = ((CheckInResult.Admitted) first).visit().visitId();
            board.checkOut(site.id(), visitId, new CheckOut(0, false, java.util.Set.of()));
            board.markClean(site.id(), site.booth(0));
            return null;
        });

        List<Object> outcomes = race(site, List.of(BoothFixture.injection(code, site.booth(0)),
                BoothFixture.injection(code, site.booth(1))));

        assertThat(outcomes).filteredOn(o -> o instanceof CheckInResult.Admitted).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof BusinessException).singleElement()
                .satisfies(o -> assertThat(((BusinessException) o).messageKey())
                        .isIn("checkin.error.clientInside", "checkin.error.conflict"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit WHERE site_id = ? AND ended_at IS NULL", Long.class,
                site.id())).isOne();
    }

    @Test
    void desks_cycling_clients_through_one_booth_never_overlap_two_visits() throws Exception {
        TestSite site = BoothFixture.site(siteService, BoothKind.INJECTION);
        int desks = 6;
        ExecutorService pool = Executors.newFixedThreadPool(desks);
        CountDownLatch start = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger admitted = new java.util.concurrent.atomic.AtomicInteger();
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int d = 0; d < desks; d++) {
                SignedInUser staff = TestUsers.user("cycle-desk-" + d, List.of(site.id()), Role.STAFF);
                futures.add(pool.submit(() -> TestUsers.as(staff, () -> {
                    start.await();
                    for (int i = 0; i < 40; i++) {
                        try {
                            CheckInResult r = board.checkIn(site.id(), BoothFixture.injection(BoothFixture.newCode(), site.booth(0)));
                            if (r instanceof CheckInResult.Admitted a) {
                                admitted.incrementAndGet();
                                board.checkOut(site.id(), a.visit().visitId(), new CheckOut(0, false, java.util.Set.of()));
                                board.markClean(site.id(), site.booth(0));
                            }
                        } catch (BusinessException e) {
                            // taken or being cleaned: the next round tries again
                        }
                    }
                    return null;
                })));
            }
            start.countDown();
            for (Future<Object> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(admitted.get()).as("visits made").isGreaterThan(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit a JOIN visit b ON a.booth_id = b.booth_id AND a.id < b.id "
                + "AND a.started_at < b.ended_at AND b.started_at < a.ended_at WHERE a.site_id = ?", Long.class, site.id()))
                .as("visits of one booth overlapping in time").isZero();
    }

    private List<Object> race(TestSite site, List<CheckIn> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            int desk = 0;
            for (CheckIn request : requests) {
                SignedInUser staff = TestUsers.user("desk-" + desk++, List.of(site.id()), Role.STAFF);
                Callable<Object> call = () -> TestUsers.as(staff, () -> {
                    start.await();
                    try {
                        return board.checkIn(site.id(), request);
                    } catch (BusinessException e) {
                        return e;
                    }
                });
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
