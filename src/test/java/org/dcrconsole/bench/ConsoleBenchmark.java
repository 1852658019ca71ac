package org.dcrconsole.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.CheckIn;
import org.dcrconsole.booth.CheckInResult;
import org.dcrconsole.booth.CheckOut;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.booth.ConsumptionRoute;
import org.dcrconsole.booth.Substance;
import org.dcrconsole.booth.VisitFilter;
import org.dcrconsole.booth.VisitService;
import org.dcrconsole.demo.DemoContext;
import org.dcrconsole.incident.IncidentFilter;
import org.dcrconsole.incident.IncidentService;
import org.dcrconsole.report.DashboardService;
import org.dcrconsole.report.Period;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.stock.PurchaseOrderService;
import org.dcrconsole.stock.PurchaseOrderStatus;
import org.dcrconsole.stock.StockService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console's figures at scale, printed as one table: every grid's first and a deep page
 * through the application's service against the very same statements replayed through plain
 * JDBC (the ratio is the application's overhead), whether each statement's plan uses an index,
 * how many statements a page takes at page sizes 20 and 100 (constant = no N+1), the dashboard
 * for a month and a year, heap retained per open UI session, and check-in throughput.
 *
 * <p>Data: the demo generator with {@code BENCH_DAYS} days (default 365) at volume
 * {@code BENCH_VOLUME} (default 9.8 ≈ 1 million visits), generated once into
 * {@code BENCH_JDBC_URL} (default an H2 file under target/bench). Run it with
 * {@code ./mvnw test -Pbench}; it never runs in the normal build.
 */
@Tag("benchmark")
@BenchContext
@Import(ConsoleBenchmark.Capture.class)
class ConsoleBenchmark {

    @TestConfiguration
    static class Capture {
        @Bean
        static CapturingDataSource capturingDataSource() {
            return new CapturingDataSource();
        }
    }

    @Autowired
    ApplicationContext ctx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SiteService siteService;
    @Autowired
    VisitService visitService;
    @Autowired
    ClientService clientService;
    @Autowired
    BoardService boardService;
    @Autowired
    IncidentService incidentService;
    @Autowired
    StockService stockService;
    @Autowired
    PurchaseOrderService purchaseOrderService;
    @Autowired
    UserService userService;
    @Autowired
    DashboardService dashboardService;

    private final ResultTable table = new ResultTable("measure", "app ms (median)", "SQL ms (median)", "ratio",
            "statements (page 20 / 100)", "index used", "note");

    @Test
    void prints_the_benchmark_table() throws Exception {
        String db = jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName();
        if (db.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            // fresh statistics after the bulk load, as autovacuum would have gathered them by now in production
            jdbc.execute("ANALYZE");
        }
        long central = jdbc.queryForObject("SELECT id FROM site WHERE name = ?", Long.class, DemoContext.CENTRAL);
        long riverside = jdbc.queryForObject("SELECT id FROM site WHERE name = ?", Long.class, DemoContext.RIVERSIDE);
        long visits = jdbc.queryForObject("SELECT COUNT(*) FROM visit", Long.class);
        long centralVisits = jdbc.queryForObject("SELECT COUNT(*) FROM visit WHERE site_id = ?", Long.class, central);
        long clients = jdbc.queryForObject("SELECT COUNT(*) FROM client WHERE site_id = ?", Long.class, central);
        long incidents = jdbc.queryForObject("SELECT COUNT(*) FROM incident WHERE site_id = ?", Long.class, central);
        long movements = jdbc.queryForObject("SELECT COUNT(*) FROM stock_movement", Long.class);
        Long busiestItem = jdbc.queryForObject("SELECT item_id FROM stock_movement WHERE site_id = ? GROUP BY item_id "
                + "ORDER BY COUNT(*) DESC FETCH FIRST 1 ROWS ONLY", Long.class, central);
        long itemMovements = jdbc.queryForObject("SELECT COUNT(*) FROM stock_movement WHERE site_id = ? AND item_id = ?",
                Long.class, central, busiestItem);

        SignedInUser manager = TestUsers.signIn("bench-manager", List.of(central, riverside), Role.MANAGER,
                Role.STAFF, Role.SUPERVISOR, Role.STOCK_KEEPER);
        SignedInUser admin = TestUsers.user("bench-admin", List.of(), Role.ADMIN);

        grid("/visits first page", size -> visitService.list(central, VisitFilter.none(), PageRequest.of(0, size)));
        grid("/visits deep page (middle)", size -> visitService.list(central, VisitFilter.none(),
                PageRequest.of((int) (centralVisits / 2 / size), size)));
        LocalDate today = LocalDate.now();
        grid("/visits filtered: route, last 30 days", size -> visitService.list(central,
                new VisitFilter(today.minusDays(30), today, null, null, null, ConsumptionRoute.INHALATION, false),
                PageRequest.of(0, size)));
        grid("/clients first page", size -> clientService.list(central, null, PageRequest.of(0, size)));
        grid("/clients deep page", size -> clientService.list(central, null,
                PageRequest.of((int) (clients / 2 / size), size)));
        grid("/incidents first page", size -> incidentService.list(central, IncidentFilter.none(), PageRequest.of(0, size)));
        grid("/incidents deep page", size -> incidentService.list(central, IncidentFilter.none(),
                PageRequest.of((int) Math.max(0, incidents / 2 / size), size)));
        grid("/stock movements first page", size -> stockService.movements(central, busiestItem, PageRequest.of(0, size)));
        grid("/stock movements deep page", size -> stockService.movements(central, busiestItem,
                PageRequest.of((int) (itemMovements / 2 / size), size)));
        grid("/purchase-orders first page", size -> purchaseOrderService.orders(central,
                EnumSet.allOf(PurchaseOrderStatus.class), PageRequest.of(0, size)));
        TestUsers.signIn(admin);
        grid("/admin users first page", size -> userService.list(null, PageRequest.of(0, size)));
        TestUsers.signIn(manager);

        firstRead("dashboard: first read of 365 days + the 365 before, Central (rolls the days up)", List.of(central),
                Period.custom(today.minusDays(364), today));
        dashboard("dashboard: this month, Central", List.of(central), Period.month(today));
        dashboard("dashboard: last month, Central", List.of(central), Period.month(today.minusMonths(1)));
        dashboard("dashboard: 365 days, Central", List.of(central), Period.custom(today.minusDays(364), today));
        dashboard("dashboard: this month, both sites", List.of(central, riverside), Period.month(today));
        heapPerSession(manager, central);
        checkInThroughput(manager, central);


        System.out.println();
        System.out.printf("DCR Console benchmark on %s: %,d visits (%,d at Central), %,d clients at Central, "
                        + "%,d incidents at Central, %,d stock movements; %d cores, max heap %d MB%n", db, visits,
                centralVisits, clients, incidents, movements, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
        System.out.println(table.render());
        TestUsers.signOut();
    }

    @FunctionalInterface
    interface Page {
        Object load(int size);
    }

    private void grid(String name, Page page) {
        List<CapturingDataSource.Statement> statements = CapturingDataSource.capture(() -> page.load(50));
        int at20 = CapturingDataSource.capture(() -> page.load(20)).size();
        int at100 = CapturingDataSource.capture(() -> page.load(100)).size();
        Measure.Timing app = Measure.time(3, 21, () -> page.load(50));
        Measure.Timing sql = Measure.time(3, 21, () -> CapturingDataSource.replay(statements));
        // a statement passes when every table it reads without an index is a small one (read whole by
        // the planner's choice); the note names each such table with its rows
        java.util.Set<String> small = new java.util.TreeSet<>();
        java.util.Set<String> large = new java.util.TreeSet<>();
        for (CapturingDataSource.Statement s : statements) {
            String plan = CapturingDataSource.explain(s);
            for (String t : QueryPlans.scannedTables(plan)) {
                long rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Long.class);
                (rows < QueryPlans.SMALL_TABLE_ROWS ? small : large).add(String.format("%s (%,d rows)", t, rows));
            }
        }
        String indexUsed = !large.isEmpty() ? "NO" : small.isEmpty() ? "yes (" + statements.size() + ")"
                : "yes; small tables scanned";
        List<String> notes = new ArrayList<>();
        if (!large.isEmpty()) {
            notes.add("scans " + String.join(", ", large));
        }
        if (!small.isEmpty()) {
            notes.add("small: " + String.join(", ", small));
        }
        if (at20 != at100) {
            notes.add("N+1?");
        }
        table.add(name, app.medianMs(), sql.medianMs(), app.medianMs() / Math.max(0.001, sql.medianMs()),
                at20 + " / " + at100, indexUsed, String.join("; ", notes));
    }

    private void dashboard(String name, List<Long> sites, Period period) {
        Measure.Timing t = Measure.time(1, 5, () -> dashboardService.figures(sites, period));
        table.add(name, t.medianMs(), "-", "-", "-", "-", "figures against the period before");
        Measure.Timing charts = Measure.time(1, 5, () -> dashboardService.charts(sites, period));
        table.add(name + " charts", charts.medianMs(), "-", "-", "-", "-", "");
    }

    /** The figures once on days not rolled up yet: what the first reader after an upgrade or a restore waits. */
    private void firstRead(String name, List<Long> sites, Period period) {
        // start from no roll-up at all, whatever an earlier run (or another benchmark's reads) left
        jdbc.update("DELETE FROM visit_day");
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM visit_day", Integer.class);
        Measure.Timing t = Measure.time(0, 1, () -> dashboardService.figures(sites, period));
        int after = jdbc.queryForObject("SELECT COUNT(*) FROM visit_day", Integer.class);
        table.add(name, t.medianMs(), "-", "-", "-", "-", (after - before) + " days rolled up in this read");
    }

    /**
     * Opens N signed-in UI sessions on the busiest views and reads the live heap they add;
     * {@link SessionHeapBenchmark} prints the same per view, with the classes behind it.
     */
    private void heapPerSession(SignedInUser user, long siteId) {
        int n = 60;
        try (SessionHeap heap = new SessionHeap(ctx)) {
            SessionHeap.Reading r = heap.measure("board/visits/roster", n, "board", "visits", "roster");
            table.add("heap per open session (board/visits/roster, n=" + n + ")", "-", "-", "-", "-", "-",
                    String.format("%.0f KB per session (+%.0f KB of H2's own cache; see SessionHeapBenchmark)",
                            r.kbPerSessionWithoutDatabase(), r.kbPerSession() - r.kbPerSessionWithoutDatabase()));
        }
    }

    /** A valid client code (four letters, sex, adult birth year) unique for each n. */
    static String benchCode(int n) {
        char[] letters = new char[4];
        int x = n;
        for (int i = 3; i >= 0; i--) {
            letters[i] = (char) ('A' + x % 26);
            x /= 26;
        }
        return new String(letters) + "-" + (n % 2 == 0 ? "F" : "M") + "-" + (1950 + n % 50);
    }

    /** Desks checking clients in and out of the site's booths as fast as they can, for a while. */
    private void checkInThroughput(SignedInUser user, long siteId) throws Exception {
        jdbc.update("UPDATE visit SET ended_at = started_at, open_booth_id = NULL, open_client_id = NULL, cleaned_at = started_at "
                + "WHERE site_id = ? AND ended_at IS NULL", siteId);
        // the 28 booths: Central's own at volume 1 (at higher volumes the demo gives it more)
        List<BoothInfo> booths = siteService.booths(siteId).stream().filter(BoothInfo::inService).limit(28).toList();
        int desks = 8;
        long seconds = 10;
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger codes = new AtomicInteger();
        AtomicLong commitNanos = new AtomicLong();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        java.time.OffsetDateTime runStart = java.time.OffsetDateTime.now().minusSeconds(1);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(desks);
        for (int d = 0; d < desks; d++) {
            int desk = d;
            pool.submit(() -> {
                TestUsers.signIn(user);
                int i = 0;
                while (System.nanoTime() < end) {
                    BoothInfo booth = booths.get((desk * 7 + i++) % booths.size());
                    String code = benchCode(codes.incrementAndGet());
                    try {
                        long t = System.nanoTime();
                        CheckInResult r = boardService.checkIn(siteId, new CheckIn(code, Set.of(Substance.OPIOIDS),
                                booth.kind() == org.dcrconsole.site.BoothKind.INHALATION ? ConsumptionRoute.INHALATION
                                        : ConsumptionRoute.INJECTION, booth.id(), Map.of(), true));
                        commitNanos.addAndGet(System.nanoTime() - t);
                        if (r instanceof CheckInResult.Admitted a) {
                            admitted.incrementAndGet();
                            boardService.checkOut(siteId, a.visit().visitId(), new CheckOut(0, false, Set.of()));
                            boardService.markClean(siteId, booth.id());
                        } else {
                            refused.incrementAndGet();
                        }
                    } catch (BusinessException e) {
                        refused.incrementAndGet();
                        failures.merge(e.messageKey(), 1, Integer::sum);
                    } catch (DataAccessException e) {
                        refused.incrementAndGet();
                        failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                    }
                }
                TestUsers.signOut();
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        Integer doubleBooked = jdbc.queryForObject("SELECT COUNT(*) FROM visit a JOIN visit b ON b.site_id = a.site_id "
                + "AND a.booth_id = b.booth_id AND a.id < b.id AND a.started_at < COALESCE(b.ended_at, CURRENT_TIMESTAMP) "
                + "AND b.started_at < COALESCE(a.ended_at, CURRENT_TIMESTAMP) WHERE a.site_id = ? AND a.started_at > ? "
                        + "AND b.started_at > ?",
                Integer.class, siteId, runStart, runStart);
        int attempts = admitted.get() + refused.get();
        table.add("check-in throughput (" + desks + " desks, " + booths.size() + " booths, " + seconds + " s)",
                String.format("%.1f", commitNanos.get() / 1e6 / Math.max(1, attempts)), "-", "-", "-", "-",
                String.format("%.1f check-ins/s (in+out+clean each), %d refused %s, double-booked: %d",
                        admitted.get() / (double) seconds, refused.get(), failures, doubleBooked));
    }
}
