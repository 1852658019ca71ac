package org.dcrconsole.bench;

import static org.assertj.core.api.Assumptions.assumeThat;

import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.dcrconsole.Application;
import org.dcrconsole.TestUsers;
import org.dcrconsole.booth.BoardBroadcaster;
import org.dcrconsole.booth.BoardChange;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.booth.CheckInResult;
import org.dcrconsole.booth.CheckOut;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * Push latency between two console instances on one PostgreSQL: instance A (this test's
 * context) checks clients in, out and cleans booths; instance B (a second application context
 * in this JVM on a port of its own, with its own pool and its own listening connection) has {@value #BOARDS} open
 * boards, i.e. listeners registered on its {@link BoardBroadcaster}. Each change's latency runs
 * from A's commit (A's own listener hears it right after commit) to each of B's listeners;
 * changes go one at a time. Needs PostgreSQL ({@code DCR_TEST_JDBC_URL}); prints median, p95
 * and max and writes them to target/bench/cluster-push.txt. Never a timed assertion.
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("benchmark")
class ClusterPushBenchmark {

    static final int BOARDS = 50;
    static final int ROUNDS = 100;

    @Autowired
    BoardService board;
    @Autowired
    BoardBroadcaster localBroadcaster;
    @Autowired
    SiteService siteService;
    @Autowired
    ApplicationContext instanceA;

    @Test
    void push_latency_across_two_instances_with_fifty_open_boards() throws Exception {
        String url = System.getenv("DCR_TEST_JDBC_URL");
        assumeThat(url).as("DCR_TEST_JDBC_URL names a PostgreSQL").startsWith("jdbc:postgresql:");
        TestSite site = BoothFixture.site(siteService, BoothKind.INJECTION);
        try (ConfigurableApplicationContext instanceB = new SpringApplicationBuilder(Application.class)
                .profiles("test").web(WebApplicationType.SERVLET).properties("server.port=0").run()) {
            BoardBroadcaster remote = instanceB.getBean(BoardBroadcaster.class);
            // each context checks the user through its own holder strategy (Vaadin installs one per
            // context): sign in on B's to open its boards, then on A's to work
            SecurityContextHolderStrategy strategyOfA = instanceA.getBean(SecurityContextHolderStrategy.class);
            SecurityContextHolder.setContextHolderStrategy(instanceB.getBean(SecurityContextHolderStrategy.class));
            TestUsers.signIn("bench-push", List.of(site.id()), Role.STAFF);

            AtomicLong committedAt = new AtomicLong();
            AtomicReference<CountDownLatch> pending = new AtomicReference<>(new CountDownLatch(0));
            // arrival times of this round's check-in at B's boards; latencies are taken after the
            // round, since B may hear it before A's own after-commit listener has noted the time
            List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
            List<Long> latencies = new ArrayList<>();
            List<Long> lastBoard = new ArrayList<>();
            List<Registration> boards = new ArrayList<>();
            for (int i = 0; i < BOARDS; i++) {
                boards.add(remote.register(site.id(), c -> {
                    if (c.kind() == BoardChange.Kind.CHECKED_IN) {
                        arrivals.add(System.nanoTime());
                        pending.get().countDown();
                    }
                }));
            }
            SecurityContextHolder.setContextHolderStrategy(strategyOfA);
            TestUsers.signIn("bench-push", List.of(site.id()), Role.STAFF);
            Registration local = localBroadcaster.register(site.id(), c -> {
                if (c.kind() == BoardChange.Kind.CHECKED_IN) {
                    committedAt.set(System.nanoTime());
                }
            });
            // B listens once its relay has connected: the first change that reaches it says so
            awaitOneChange(site, pending, 30);

            int lost = 0;
            for (int round = 0; round < ROUNDS; round++) {
                arrivals.clear();
                if (!awaitOneChange(site, pending, 10)) {
                    lost++;
                }
                long max = 0;
                for (long arrival : List.copyOf(arrivals)) {
                    long latency = Math.max(0, arrival - committedAt.get());
                    latencies.add(latency);
                    max = Math.max(max, latency);
                }
                lastBoard.add(max);
            }
            local.remove();
            boards.forEach(Registration::remove);
            TestUsers.signOut();

            String report = """
                    Cross-instance push, %d open boards on instance B, %d changes committed on instance A (PostgreSQL LISTEN/NOTIFY)
                      every delivery (%d):       median %s ms, p95 %s ms, max %s ms
                      last board of each change: median %s ms, p95 %s ms, max %s ms
                      changes not heard by all boards within 10 s: %d
                    """.formatted(BOARDS, ROUNDS, latencies.size(), ms(latencies, 0.5), ms(latencies, 0.95), ms(latencies, 1.0),
                    ms(lastBoard, 0.5), ms(lastBoard, 0.95), ms(lastBoard, 1.0), lost);
            System.out.println(report);
            write(report);
        }
    }

    /** Commits one change on A (check-in, check-out or cleaning, in turn) and waits until every board of B heard it. */
    private boolean awaitOneChange(TestSite site, AtomicReference<CountDownLatch> pending, int seconds) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(BOARDS);
        pending.set(latch);
        CheckInResult.Admitted in = (CheckInResult.Admitted) board.checkIn(site.id(),
                BoothFixture.injection(BoothFixture.newCode(), site.booth(0)));
        boolean heard = latch.await(seconds, TimeUnit.SECONDS);
        pending.set(new CountDownLatch(0));
        board.checkOut(site.id(), in.visit().visitId(), new CheckOut(0, false, Set.of()));
        board.markClean(site.id(), site.booth(0));
        return heard;
    }

    private static String ms(List<Long> nanos, double quantile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "-";
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return "%.1f".formatted(sorted.get(Math.max(0, index)) / 1e6);
    }

    private static void write(String report) throws IOException {
        Path out = Path.of("target", "bench", "cluster-push.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }
}
