package org.dcrconsole.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.booth.CheckInResult;
import org.dcrconsole.booth.CheckOut;
import org.dcrconsole.booth.VisitFilter;
import org.dcrconsole.booth.VisitService;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Numbers for the closing note, not a pass/fail test: a year of history at about a million
 * visits (demo volume 10, sites with booths enough to take them), then check-in latency,
 * the first and a deep page of the visit history, and the CSV export's peak heap.
 * Run with {@code mvn -o test -Dtest=BoothBenchmark -Dtest.excludedGroups= -Dtest.groups=benchmark}.
 */
@DcrSpringBootTest
@Tag("benchmark")
class BoothBenchmark {

    @Autowired
    BoothDemoData step;
    @Autowired
    SiteService siteService;
    @Autowired
    BoardService board;
    @Autowired
    VisitService visits;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void a_year_at_a_million_visits() {
        int days = Integer.getInteger("bench.days", 365);
        double volume = Double.parseDouble(System.getProperty("bench.volume", "10"));
        TestSite central = BoothFixture.site(siteService, kinds(120, 160));
        TestSite riverside = BoothFixture.site(siteService, kinds(80, 40));
        DemoContext context = new DemoContext(new DemoProperties(true, 7, days, volume), clock);
        context.siteIds().put(DemoContext.CENTRAL, central.id());
        context.siteIds().put(DemoContext.RIVERSIDE, riverside.id());
        TestUsers.signIn("bench", List.of(central.id(), riverside.id()), Role.values());
        long t0 = System.nanoTime();
        step.run(context);
        long generated = ms(t0);
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM visit", Long.class);
        long centralVisits = jdbc.queryForObject("SELECT COUNT(*) FROM visit WHERE site_id = ?", Long.class, central.id());
        report("generated %d visits (%d at the measured site) in %d ms", total, centralVisits, generated);

        for (int round = 0; round < 3; round++) {
            long t = System.nanoTime();
            visits.list(central.id(), VisitFilter.none(), PageRequest.of(0, 50));
            report("/visits first page (50 rows): %d ms", ms(t));
        }
        long deepOffset = centralVisits / 2;
        for (int round = 0; round < 2; round++) {
            long t = System.nanoTime();
            visits.list(central.id(), VisitFilter.none(), PageRequest.of((int) (deepOffset / 50), 50));
            report("/visits page at offset %d: %d ms", deepOffset, ms(t));
        }

        List<Long> checkIns = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long t = System.nanoTime();
            CheckInResult r = board.checkIn(riverside.id(), BoothFixture.injection(BoothFixture.newCode(), null));
            checkIns.add((System.nanoTime() - t) / 1000);
            if (r instanceof CheckInResult.Admitted a) {
                board.checkOut(riverside.id(), a.visit().visitId(), new CheckOut(1, false, Set.of()));
                board.markClean(riverside.id(), a.visit().boothId());
            }
        }
        Collections.sort(checkIns);
        report("check-in, service call to commit: median %d µs, p95 %d µs", checkIns.get(50), checkIns.get(95));

        System.gc();
        long baseline = heapUsed();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long t = System.nanoTime();
        long[] bytes = {0};
        long rows = visits.exportCsv(central.id(), VisitFilter.none(), new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        });
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        report("export: %d rows, %d MB in %d ms; heap before %d MB, peak of heap pools during export %d MB",
                rows, bytes[0] >> 20, ms(t), baseline >> 20, peak >> 20);
        assertThat(rows).isEqualTo(centralVisits);
        TestUsers.signOut();
    }

    private static BoothKind[] kinds(int injection, int inhalation) {
        BoothKind[] kinds = new BoothKind[injection + inhalation];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = i < injection ? BoothKind.INJECTION : BoothKind.INHALATION;
        }
        return kinds;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void report(String format, Object... args) {
        System.out.println("BENCH " + format.formatted(args));
    }
}
