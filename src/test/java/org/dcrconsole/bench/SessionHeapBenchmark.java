package org.dcrconsole.bench;

import java.util.ArrayList;
import java.util.List;
import org.dcrconsole.TestUsers;
import org.dcrconsole.demo.DemoContext;
import org.dcrconsole.security.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Heap retained per open UI session, view by view, with the classes that make it up. The same
 * configuration as {@link ConsoleBenchmark}, so both share one Spring context and one data set.
 *
 * <p>Per view, two figures: the whole session (Vaadin session, UI, main layout, the view, the
 * Karibu mocks), and the view alone, i.e. the same minus a session sitting on an empty view in
 * the main layout. A session on no route at all shows what Vaadin and the mocks cost by
 * themselves. Run with {@code ./mvnw test -Pbench -Dtest=SessionHeapBenchmark}.
 */
@Tag("benchmark")
@BenchContext
@Import(ConsoleBenchmark.Capture.class)
class SessionHeapBenchmark {

    static final int SESSIONS = Integer.getInteger("bench.sessions", 40);
    static final int TOP = 15;

    @Autowired
    ApplicationContext ctx;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void prints_the_heap_each_open_session_retains() {
        long central = jdbc.queryForObject("SELECT id FROM site WHERE name = ?", Long.class, DemoContext.CENTRAL);
        long riverside = jdbc.queryForObject("SELECT id FROM site WHERE name = ?", Long.class, DemoContext.RIVERSIDE);
        TestUsers.signIn("bench-manager", List.of(central, riverside), Role.MANAGER, Role.STAFF, Role.SUPERVISOR,
                Role.STOCK_KEEPER);
        List<SessionHeap.Reading> readings = new ArrayList<>();
        try (SessionHeap heap = new SessionHeap(ctx)) {
            SessionHeap.Reading bare = heap.measure("no route (Vaadin session + UI + Karibu mocks)", SESSIONS,
                    (String) null);
            SessionHeap.Reading empty = heap.measure("empty view in the main layout", SESSIONS, SessionHeap.EMPTY_ROUTE);
            readings.add(bare);
            readings.add(empty);
            for (String route : List.of("board", "visits", "roster", "")) {
                readings.add(heap.measure("/" + route, SESSIONS, route));
            }
            readings.add(heap.measure("/board, /visits, /roster in turn", SESSIONS, "board", "visits", "roster"));
            heap.writeResponse(false);
            readings.add(heap.measure("/roster, changes never sent (as Karibu leaves them)", SESSIONS, "roster"));
            heap.writeResponse(true);

            System.out.println();
            System.out.println("Heap retained per open UI session (live heap after full GC, n=" + SESSIONS + " each)");
            System.out.printf("%-52s %12s %16s %18s%n", "sessions on", "KB/session", "without H2 objs",
                    "beyond empty view");
            for (SessionHeap.Reading r : readings) {
                System.out.printf("%-52s %12.1f %16.1f %18.1f%n", r.scenario(), r.kbPerSession(),
                        r.kbPerSessionWithoutDatabase(), r.kbPerSessionWithoutDatabase() - empty.kbPerSessionWithoutDatabase());
            }
            readings.forEach(r -> r.print(System.out, TOP));
        } finally {
            TestUsers.signOut();
        }
    }
}
