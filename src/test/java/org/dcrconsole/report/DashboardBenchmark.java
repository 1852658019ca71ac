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
 * Measures the dashboard on a year of about a million visits in a throwaway H2 file database.
 * The first run fills it (the demo network's two sites and booths through the services, then a
 * year of visits, substances, supplies, referrals, refusals and incidents in bulk SQL spread
 * evenly over the year: the booth demo generator refused the 365-day, volume-10 setting with a
 * route check violation); later runs reuse it. Not part of the default build (tag "benchmark");
 * it prints timings and asserts nothing about them. Run with
 * {@code mvn -o test -Dtest=DashboardBenchmark -Dtest.excludedGroups=postgres}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:/tmp/dcr-bench2/dcr;DB_CLOSE_ON_EXIT=FALSE",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "dcr.demo.enabled=false", "dcr.admin.username=", "vaadin.devmode.liveReload.enabled=false"})
class DashboardBenchmark {

    @Autowired
    DashboardService dashboard;
    @Autowired
    JdbcTemplate jdbc;

    static final int VISITS = 1_000_000;

    @Autowired
    org.dcrconsole.site.SiteService siteService;

    /** Two sites (28 and 12 booths) and a year of visits ending now, in bulk (H2 SQL). */
    private void fillOnce() throws Exception {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM visit", Long.class) >= VISITS) {
            return;
        }
        long t0 = System.nanoTime();
        long[] siteIds = new long[2];
        TestUsers.as(TestUsers.user("bench-admin", List.of(), Role.ADMIN), () -> {
            String[] names = {"Central", "Riverside"};
            int[] booths = {28, 12};
            for (int s = 0; s < 2; s++) {
                org.dcrconsole.site.Site site = new org.dcrconsole.site.Site();
                site.setName(names[s] + " " + System.nanoTime());
                site.setCity("Frankfurt am Main");
                site.setTimeZone("Europe/Berlin");
                List<org.dcrconsole.site.OpeningHours> hours = new ArrayList<>();
                for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
                    hours.add(new org.dcrconsole.site.OpeningHours(d, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(23, 0)));
                }
                site.setOpeningHours(hours);
                siteIds[s] = siteService.saveSite(site).getId();
                for (int b = 1; b <= booths[s]; b++) {
                    org.dcrconsole.site.Booth booth = new org.dcrconsole.site.Booth();
                    booth.setSiteId(siteIds[s]);
                    booth.setLabel("B" + b);
                    booth.setKind(b % 2 == 0 ? org.dcrconsole.site.BoothKind.INHALATION : org.dcrconsole.site.BoothKind.INJECTION);
                    siteService.saveBooth(booth);
                }
            }
            return null;
        });
        for (int s = 0; s < 2; s++) {
            jdbc.update("INSERT INTO client (site_id, code_hash, alias, sex, birth_year, eligibility_confirmed) "
                    + "SELECT ?, 'h' || ? || '-' || x, 'A' || x, CASE MOD(x, 5) WHEN 0 THEN 'FEMALE' WHEN 1 THEN 'DIVERSE' "
                    + "ELSE 'MALE' END, 1960 + MOD(x, 45), TRUE FROM SYSTEM_RANGE(1, 4000)", siteIds[s], siteIds[s]);
        }
        // visits every ~31.5 s over the year, 70 % at Central; 20 minutes each
        long yearSeconds = 365L * 86400;
        java.time.Instant start = java.time.Instant.now().minusSeconds(yearSeconds);
        for (int s = 0; s < 2; s++) {
            long site = siteIds[s];
            long firstBooth = jdbc.queryForObject("SELECT MIN(id) FROM booth WHERE site_id = ?", Long.class, site);
            long booths = jdbc.queryForObject("SELECT COUNT(*) FROM booth WHERE site_id = ?", Long.class, site);
            long firstClient = jdbc.queryForObject("SELECT MIN(id) FROM client WHERE site_id = ?", Long.class, site);
            jdbc.update("INSERT INTO visit (site_id, booth_id, client_id, started_at, ended_at, route, syringes_returned, "
                    + "counselling) SELECT ?, ? + MOD(x, ?), ? + MOD(x * 7, 4000), DATEADD(SECOND, x * ?, CAST(? AS TIMESTAMP WITH TIME ZONE)), "
                    + "DATEADD(SECOND, x * ? + 1200, CAST(? AS TIMESTAMP WITH TIME ZONE)), "
                    + "CASE MOD(x, 3) WHEN 0 THEN 'INHALATION' ELSE 'INJECTION' END, MOD(x, 4), MOD(x, 12) = 0 "
                    + "FROM SYSTEM_RANGE(1, ?)", site, firstBooth, booths, firstClient,
                    s == 0 ? yearSeconds / (VISITS * 7 / 10) : yearSeconds / (VISITS * 3 / 10), ReportFixture.utc(start),
                    s == 0 ? yearSeconds / (VISITS * 7 / 10) : yearSeconds / (VISITS * 3 / 10), ReportFixture.utc(start),
                    s == 0 ? VISITS * 7 / 10 : VISITS * 3 / 10);
        }
        jdbc.update("INSERT INTO visit_substance (visit_id, substance) SELECT id, CASE MOD(id, 4) WHEN 0 THEN 'OPIOIDS' "
                + "WHEN 1 THEN 'CRACK' WHEN 2 THEN 'COCAINE' ELSE 'OPIOIDS' END FROM visit");
        jdbc.update("INSERT INTO visit_supply (visit_id, supply, quantity) SELECT id, 'SYRINGE_2ML', 2 FROM visit WHERE route = 'INJECTION'");
        jdbc.update("INSERT INTO visit_referral (visit_id, kind) SELECT id, CASE MOD(id, 5) WHEN 0 THEN 'TREATMENT' "
                + "WHEN 1 THEN 'HOUSING' WHEN 2 THEN 'SUBSTITUTION' WHEN 3 THEN 'MEDICAL_CARE' ELSE 'SOCIAL_SERVICES' END "
                + "FROM visit WHERE MOD(id, 12) = 5");
        jdbc.update("INSERT INTO admission_refusal (site_id, reason, refused_at) SELECT site_id, 'FULL', started_at FROM visit "
                + "WHERE MOD(id, 50) = 0");
        jdbc.update("INSERT INTO incident (site_id, occurred_at, type, severity, state, description, review_deadline) "
                + "SELECT site_id, started_at, CASE MOD(id, 3) WHEN 0 THEN 'OTHER_MEDICAL' ELSE 'OPIOID_OVERDOSE' END, 'LOW', "
                + "'REPORTED', 'bench', started_at FROM visit WHERE MOD(id, 1000) = 0");
        jdbc.update("INSERT INTO response_step (incident_id, kind, step_at, naloxone_dose_mg, naloxone_route) "
                + "SELECT id, 'NALOXONE', occurred_at, 0.4, 'IM' FROM incident WHERE type = 'OPIOID_OVERDOSE'");
        System.out.printf("BENCH filled in %d s%n", (System.nanoTime() - t0) / 1_000_000_000);
    }

    @Test
    void time_the_dashboard_for_a_month_and_a_year() throws Exception {
        fillOnce();
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
