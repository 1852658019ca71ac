package org.dcrconsole.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.ui.ConsoleErrorHandler;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.site.Booth;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * PostgreSQL goes away for a few seconds while the console serves requests. The console stays
 * up (liveness UP all along), requests during the outage fail with a clear message (readiness
 * DOWN and 503; service calls throw exceptions the UI reports as "the database is not reachable
 * right now; nothing was saved"), everything succeeds again within 5 s after the database is
 * back, and every write that reported success is in the database afterwards.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("postgres")
class PostgresRestartTest {

    /**
     * How long the database stays down between the end of its shutdown and its start: a restart
     * with a window in which nothing answers. HikariCP retries new connections at doubling
     * intervals capped at 5 s, so the pool is back within 5 s of the database whatever the
     * outage; with this short one, typically within about 2.5 s.
     */
    static final Duration OUTAGE = Duration.ofMillis(1500);
    static final Duration RECOVERY_GOAL = Duration.ofSeconds(5);
    static final Duration OBSERVE_AFTER = Duration.ofSeconds(8);

    @LocalServerPort
    int port;
    @Autowired
    SiteService sites;
    @Autowired
    JdbcTemplate jdbc;

    private final PostgresCluster cluster = PostgresCluster.fromEnvironment();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicBoolean running = new AtomicBoolean(true);

    /** One request: when it started and ended (ms since the test began) and whether it worked. */
    record Call(String kind, long startMs, long endMs, boolean ok, String detail) {
    }

    @AfterEach
    void databaseIsBack() {
        running.set(false);
        if (!cluster.isRunning()) {
            cluster.start();
        }
    }

    @Test
    void the_console_survives_a_database_restart_and_recovers_within_five_seconds() throws Exception {
        Site site = OpsFixtures.newSite(sites, "ops-restart");
        long siteId = site.getId();
        SignedInUser admin = TestUsers.user("ops-restart-admin", List.of(siteId), Role.ADMIN);
        long t0 = System.nanoTime();
        List<Call> calls = Collections.synchronizedList(new ArrayList<>());
        Set<String> savedLabels = Collections.synchronizedSet(new HashSet<>());
        List<Throwable> unclear = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger counter = new AtomicInteger();

        // the first request warms the web stack up, so the timeline below measures the database only
        assertThat(get(t0, "warm-up", "/actuator/health/readiness").ok).as("ready before the test").isTrue();
        Thread readiness = probe(t0, calls, "readiness", "/actuator/health/readiness");
        Thread liveness = probe(t0, calls, "liveness", "/actuator/health/liveness");
        Thread writer = worker("write", () -> serviceCall(t0, "write", unclear, admin, () -> {
            String label = "R" + counter.incrementAndGet();
            Booth booth = new Booth();
            booth.setSiteId(siteId);
            booth.setLabel(label);
            booth.setKind(BoothKind.FLEXIBLE);
            sites.saveBooth(booth);
            savedLabels.add(label);
            return label;
        }), calls);
        Thread reader = worker("read", () -> serviceCall(t0, "read", unclear, admin,
                () -> "booths: " + sites.booths(siteId).size()), calls);

        pause(2000);
        long stopAt = ms(t0);
        cluster.stop();
        long stoppedAt = ms(t0);
        pause(OUTAGE.toMillis());
        cluster.start();
        long backAt = ms(t0);
        pause(OBSERVE_AFTER.toMillis());
        running.set(false);
        for (Thread t : List.of(readiness, liveness, writer, reader)) {
            t.join(30_000);
        }

        List<Call> all = List.copyOf(calls);
        long failuresDuring = all.stream().filter(c -> !c.ok && !c.kind.equals("liveness")).count();
        long readinessDown = all.stream().filter(c -> c.kind.equals("readiness") && !c.ok).count();
        long writesFailed = all.stream().filter(c -> c.kind.equals("write") && !c.ok).count();
        long readsFailed = all.stream().filter(c -> c.kind.equals("read") && !c.ok).count();
        long writesOk = all.stream().filter(c -> c.kind.equals("write") && c.ok).count();
        long lastFailureEnd = all.stream().filter(c -> !c.ok).mapToLong(Call::endMs).max().orElse(backAt);
        long readinessRecovery = recoveryMs(all, "readiness", backAt);
        long readRecovery = recoveryMs(all, "read", backAt);
        long writeRecovery = recoveryMs(all, "write", backAt);
        List<String> stored = jdbc.queryForList("SELECT label FROM booth WHERE site_id = ?", String.class, siteId);
        Set<String> lost = new HashSet<>(savedLabels);
        stored.forEach(lost::remove);
        long storedThoughFailed = stored.stream().filter(l -> !savedLabels.contains(l)).count();

        System.out.printf("PostgreSQL restart: stop took %d ms, outage %d ms (stop requested at %d ms, back at %d ms)%n",
                stoppedAt - stopAt, backAt - stopAt, stopAt, backAt);
        System.out.printf("  requests: %d, failed during the outage: %d (readiness DOWN %d, writes failed %d, "
                        + "reads failed %d), liveness failures: %d%n", all.size(), failuresDuring, readinessDown, writesFailed,
                readsFailed,
                all.stream().filter(c -> c.kind.equals("liveness") && !c.ok).count());
        System.out.printf("  recovery after the database was back: readiness %d ms, writes %d ms, reads %d ms "
                        + "(goal %d ms); the last failure ended %+d ms from the moment it was back%n",
                readinessRecovery, writeRecovery, readRecovery, RECOVERY_GOAL.toMillis(), lastFailureEnd - backAt);
        System.out.printf("  writes reported saved: %d, stored: %d, lost: %d, failed-but-stored: %d%n",
                writesOk, stored.size(), lost.size(), storedThoughFailed);
        all.stream().filter(c -> !c.ok).forEach(c -> System.out.println("  failed: " + c));

        assertThat(all.stream().filter(c -> c.kind.equals("liveness")))
                .as("the console stays up: liveness answers UP throughout").isNotEmpty().allMatch(Call::ok);
        assertThat(readinessDown).as("readiness reports DOWN while the database is away").isPositive();
        assertThat(all.stream().filter(c -> c.kind.equals("readiness") && !c.ok))
                .allMatch(c -> c.detail.equals("503 DOWN"));
        assertThat(writesFailed).as("writes fail while the database is away").isPositive();
        assertThat(unclear).as("failures the UI would not report as 'database not reachable'").isEmpty();
        assertThat(all.stream().filter(c -> !c.ok))
                .as("failures only from the stop until the database is back")
                .allMatch(c -> c.endMs >= stopAt && c.startMs <= backAt + RECOVERY_GOAL.toMillis());
        assertThat(readinessRecovery).isLessThanOrEqualTo(RECOVERY_GOAL.toMillis());
        assertThat(writeRecovery).isLessThanOrEqualTo(RECOVERY_GOAL.toMillis());
        assertThat(readRecovery).isLessThanOrEqualTo(RECOVERY_GOAL.toMillis());
        assertThat(all.stream().filter(c -> c.startMs > backAt + RECOVERY_GOAL.toMillis()))
                .as("requests after the recovery goal").isNotEmpty().allMatch(Call::ok);
        assertThat(lost).as("writes that reported success but are not stored").isEmpty();
    }

    /**
     * How long after the database was back until requests of a kind worked for good: the start
     * of the first successful request after the last failure, minus the time it was back.
     */
    static long recoveryMs(List<Call> calls, String kind, long backAt) {
        long lastFailureStart = calls.stream().filter(c -> c.kind.equals(kind) && !c.ok)
                .mapToLong(Call::startMs).max().orElse(-1);
        long firstGoodAfter = calls.stream()
                .filter(c -> c.kind.equals(kind) && c.ok && c.startMs > lastFailureStart)
                .mapToLong(Call::startMs).min().orElse(Long.MAX_VALUE);
        return firstGoodAfter == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, firstGoodAfter - backAt);
    }

    /** One service call as a signed-in ADMIN; a failure must be one the UI reports as a missing database. */
    private static Call serviceCall(long t0, String kind, List<Throwable> unclear, SignedInUser user,
                                    java.util.concurrent.Callable<String> work) {
        long start = ms(t0);
        try {
            String detail = TestUsers.as(user, work);
            return new Call(kind, start, ms(t0), true, detail);
        } catch (Exception e) {
            String key = ConsoleErrorHandler.messageKey(e);
            if (!ConsoleErrorHandler.DATABASE_UNREACHABLE.equals(key)) {
                unclear.add(e);
            }
            return new Call(kind, start, ms(t0), false, e.getClass().getSimpleName() + " -> " + key);
        }
    }

    private Thread probe(long t0, List<Call> calls, String kind, String path) {
        return worker(kind, () -> get(t0, kind, path), calls);
    }

    /** Repeats a call on its own thread until the test ends, 50 ms apart, as users keep clicking. */
    private Thread worker(String kind, java.util.function.Supplier<Call> call, List<Call> calls) {
        return Thread.ofPlatform().name("ops-" + kind).start(() -> {
            while (running.get()) {
                calls.add(call.get());
                pause(50);
            }
        });
    }

    private Call get(long t0, String kind, String path) {
        long start = ms(t0);
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            String status = r.body().contains("\"status\":\"UP\"") ? "UP" : r.body().contains("\"DOWN\"") ? "DOWN" : r.body();
            return new Call(kind, start, ms(t0), r.statusCode() == 200 && status.equals("UP"), r.statusCode() + " " + status);
        } catch (Exception e) {
            return new Call(kind, start, ms(t0), false, e.toString());
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
