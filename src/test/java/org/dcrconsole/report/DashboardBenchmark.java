package org.dcrconsole.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.dcrconsole.TestUsers;
import org.dcrconsole.security.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures the dashboard on a year of demo data (about a million visits) in a throwaway H2 file
 * database: the first run generates it, later runs reuse it. Not part of the default build
 * (tag "benchmark"); it prints timings and asserts nothing about them. Run with
 * {@code mvn -o test -Dtest=DashboardBenchmark -Dtest.excludedGroups=postgres}; point
 * {@code DCR_BENCH_JDBC_URL} at PostgreSQL to measure there.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=${DCR_BENCH_JDBC_URL:jdbc:h2:file:/tmp/dcr-bench/dcr;DB_CLOSE_ON_EXIT=FALSE}",
        "spring.datasource.username=${DCR_BENCH_JDBC_USER:sa}",
        "spring.datasource.password=${DCR_BENCH_JDBC_PASSWORD:}",
        "dcr.demo.enabled=true", "dcr.demo.days=365", "dcr.demo.volume=10", "dcr.admin.username=",
        "vaadin.devmode.liveReload.enabled=false"})
class DashboardBenchmark {

    @Autowired
    DashboardService dashboard;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void time_the_dashboard_for_a_month_and_a_year() {
        long visits = jdbc.queryForObject("SELECT COUNT(*) FROM visit", Long.class);
        List<Long> sites = jdbc.queryForList("SELECT id FROM site ORDER BY name", Long.class);
        assertThat(visits).isGreaterThan(0);
        System.out.printf("BENCH visits=%d sites=%s%n", visits, sites);
        TestUsers.signIn("bench-manager", sites, Role.MANAGER);
        try {
            LocalDate today = dashboard.today(sites);
            Period month = Period.of(PeriodKind.LAST_MONTH, today);
            Period year = Period.custom(today.minusDays(364), today);
            for (List<Long> scope : List.of(sites.subList(0, 1), sites)) {
                report("figures month " + scope, () -> dashboard.figures(scope, month));
                report("charts  month " + scope, () -> dashboard.charts(scope, month));
                report("live          " + scope, () -> dashboard.live(scope));
                report("figures year  " + scope, () -> dashboard.figures(scope, year));
                report("charts  year  " + scope, () -> dashboard.charts(scope, year));
            }
            report("monthly report (all sites)", () -> dashboard.monthly(sites, YearMonth.from(month.first())));
            Comparison c = dashboard.figures(sites, month);
            System.out.printf("BENCH month %s episodes=%.0f unique=%.0f emergencies=%.0f occupancy=%.1f%%%n",
                    month, c.current().value(Figure.EPISODES), c.current().value(Figure.UNIQUE_CLIENTS),
                    c.current().value(Figure.EMERGENCIES), c.current().value(Figure.OCCUPANCY));
        } finally {
            TestUsers.signOut();
        }
    }

    private static void report(String what, Supplier<?> work) {
        work.get();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - t) / 1_000_000);
        }
        Collections.sort(millis);
        System.out.printf("BENCH %-40s median %5d ms  min %5d ms  max %5d ms%n", what, millis.get(2), millis.get(0),
                millis.get(4));
    }
}
