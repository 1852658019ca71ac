package org.dcrconsole.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.audit.AccessKind;
import org.dcrconsole.audit.AccessLogFilter;
import org.dcrconsole.audit.AccessLogRow;
import org.dcrconsole.audit.AccessLogService;
import org.dcrconsole.report.ChartData;
import org.dcrconsole.report.Comparison;
import org.dcrconsole.report.DashboardService;
import org.dcrconsole.report.MonthlyReport;
import org.dcrconsole.report.MonthlyReportCsv;
import org.dcrconsole.report.Period;
import org.dcrconsole.report.ReportFixture;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The retention job deletes old visits, refusals, clients and incidents, and the funder's report
 * and the dashboard show the deleted months exactly as before. The months are counted back from
 * today, so the test holds on any date: with the default 24 months, the month 26 months ago goes.
 */
@DcrSpringBootTest
@Tag("db")
class RetentionServiceTest {

    /** One fixed creation time for both reports: everything else must match byte for byte. */
    private static final Instant CREATED = Instant.parse("2030-01-01T00:00:00Z");

    @Autowired
    RetentionService retention;
    @Autowired
    DashboardService dashboard;
    @Autowired
    AccessLogService accessLog;
    @Autowired
    SiteService siteService;
    @Autowired
    JdbcTemplate jdbc;

    ReportFixture f;
    YearMonth old;
    long oldClient;
    long keptClient;
    long linkedIncident;

    @BeforeEach
    void seed() {
        f = new ReportFixture(siteService, jdbc, "Retention", 2);
        old = YearMonth.now(ReportFixture.BERLIN).minusMonths(26);
        YearMonth recent = YearMonth.now(ReportFixture.BERLIN).minusMonths(1);
        oldClient = f.client("FEMALE", 1990);
        keptClient = f.client("MALE", 1970);
        long[] others = new long[8];
        for (int i = 0; i < others.length; i++) {
            others[i] = f.client(i % 2 == 0 ? "MALE" : "FEMALE", 1980 + i);
        }
        // the month before the old one, for the report's comparison
        f.visit(oldClient, at(old.minusMonths(1), 10, "21:00"), 20, "INJECTION", true, 2, List.of("OPIOIDS"));
        long linked = 0;
        for (int day = 1; day <= 20; day++) {
            long client = day % 3 == 0 ? oldClient : others[day % others.length];
            long v = f.visit(day % 2 == 0 ? f.booths.get(0) : f.booths.get(1), client, at(old, day, "21:" + (10 + day)),
                    15 + day, day % 4 == 0 ? "INHALATION" : "INJECTION", day % 5 == 0, day % 3, List.of("OPIOIDS", "CRACK"));
            f.supply(v, "SYRINGE_1ML", 2);
            if (day % 6 == 0) {
                f.referral(v, "HOUSING");
            }
            linked = v;
        }
        f.visit(keptClient, at(old, 2, "23:50"), 30, "INJECTION", false, null, List.of("COCAINE"));
        f.visit(keptClient, at(recent, 5, "21:00"), 20, "INJECTION", false, null, List.of("OPIOIDS"));
        for (int i = 0; i < 7; i++) {
            f.refusal(at(old, 3 + i, "20:30"), i % 2 == 0 ? "FULL" : "INTOXICATED");
        }
        f.refusal(at(recent, 3, "20:30"), "FULL");
        linkedIncident = f.incident(at(old, 20, "21:40"), "OPIOID_OVERDOSE", "MODERATE");
        jdbc.update("UPDATE incident SET visit_id = ? WHERE id = ?", linked, linkedIncident);
        f.incident(at(YearMonth.now(ReportFixture.BERLIN).minusYears(11), 4, "21:00"), "AGGRESSION", "LOW");
        TestUsers.signIn("retention-manager", List.of(f.siteId), Role.MANAGER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private static String at(YearMonth month, int day, String time) {
        return month.atDay(day) + "T" + time;
    }

    private byte[] csv(YearMonth month) throws Exception {
        MonthlyReport r = dashboard.monthly(List.of(f.siteId), month);
        MonthlyReport fixed = new MonthlyReport(r.month(), r.siteNames(), CREATED, r.figures(), r.clientsBySexAndAge(),
                r.substances(), r.routes(), r.referralsByKind(), r.refusalsByReason(), r.charts());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonthlyReportCsv.write(fixed, Locale.ENGLISH, out);
        return out.toByteArray();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class, f.siteId);
    }

    @Test
    void the_monthly_report_of_a_deleted_month_is_byte_identical_and_the_dashboard_shows_the_same() throws Exception {
        byte[] before = csv(old);
        Period month = Period.month(old.atDay(1));
        Comparison figuresBefore = dashboard.figures(List.of(f.siteId), month);
        ChartData chartsBefore = dashboard.charts(List.of(f.siteId), month);

        RetentionService.Run run = retention.purgeSite(f.siteId);

        assertThat(run.visits()).isEqualTo(22);
        assertThat(count("SELECT COUNT(*) FROM visit WHERE site_id = ?")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM admission_refusal WHERE site_id = ?")).isEqualTo(1);
        assertThat(new String(csv(old), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(before, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(csv(old)).isEqualTo(before);
        assertThat(dashboard.figures(List.of(f.siteId), month)).isEqualTo(figuresBefore);
        ChartData chartsAfter = dashboard.charts(List.of(f.siteId), month);
        assertThat(chartsAfter.episodesPerDay()).isEqualTo(chartsBefore.episodesPerDay());
        assertThat(chartsAfter.occupancy()).isDeepEqualTo(chartsBefore.occupancy());
        assertThat(chartsAfter.substances()).isEqualTo(chartsBefore.substances());
    }

    @Test
    void a_second_run_deletes_nothing_more_and_keeps_the_figures() throws Exception {
        byte[] before = csv(old);
        retention.purgeSite(f.siteId);
        RetentionService.Run again = retention.purgeSite(f.siteId);

        assertThat(again.visits() + again.refusals() + again.clients() + again.incidents()).isZero();
        assertThat(csv(old)).isEqualTo(before);
    }

    @Test
    void a_deleted_day_is_never_recounted_even_when_the_site_changes_its_time_zone() {
        Period month = Period.month(old.atDay(1));
        double episodes = dashboard.figures(List.of(f.siteId), month).current().value(org.dcrconsole.report.Figure.EPISODES);
        retention.purgeSite(f.siteId);
        TestUsers.signIn("retention-admin", List.of(), Role.ADMIN);
        Site site = siteService.getForEdit(f.siteId);
        site.setTimeZone("Europe/Lisbon");
        siteService.saveSite(site);
        TestUsers.signIn("retention-manager", List.of(f.siteId), Role.MANAGER);

        assertThat(dashboard.figures(List.of(f.siteId), month).current().value(org.dcrconsole.report.Figure.EPISODES))
                .isEqualTo(episodes).isEqualTo(21.0);
    }

    @Test
    void clients_without_a_kept_visit_go_incidents_past_ten_years_go_and_younger_ones_lose_only_the_visit_link() {
        RetentionService.Run run = retention.purgeSite(f.siteId);

        assertThat(jdbc.queryForList("SELECT id FROM client WHERE site_id = ?", Long.class, f.siteId))
                .containsExactly(keptClient);
        assertThat(run.clients()).isEqualTo(9);
        assertThat(run.incidents()).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT id FROM incident WHERE site_id = ?", Long.class, f.siteId))
                .containsExactly(linkedIncident);
        assertThat(jdbc.queryForObject("SELECT visit_id FROM incident WHERE id = ?", Long.class, linkedIncident)).isNull();
    }

    @Test
    void each_run_is_in_the_access_log_with_its_counts() {
        retention.purgeSite(f.siteId);

        List<AccessLogRow> rows = accessLog.list(f.siteId, new AccessLogFilter(null, AccessKind.RETENTION, null, null),
                PageRequest.of(0, 10));
        assertThat(rows).singleElement().extracting(AccessLogRow::subject).asString()
                .contains("visits before " + old.plusMonths(2).atDay(1) + ": 22", "incidents: 1");
    }

    @Test
    void a_site_keeps_its_own_retention_setting() {
        TestUsers.signIn("retention-admin", List.of(), Role.ADMIN);
        Site site = siteService.getForEdit(f.siteId);
        site.setRetentionVisitMonths(36);
        site.setRetentionClientMonths(36);
        site.setRetentionRefusalMonths(36);
        siteService.saveSite(site);
        TestUsers.signIn("retention-manager", List.of(f.siteId), Role.MANAGER);

        RetentionService.Run run = retention.purgeSite(f.siteId);

        assertThat(run.visitsBefore()).isEqualTo(YearMonth.now(ReportFixture.BERLIN).minusMonths(36).atDay(1));
        assertThat(run.visits() + run.refusals() + run.clients()).isZero();
    }

    @Test
    void only_a_manager_of_the_site_runs_it() {
        for (Role role : List.of(Role.ADMIN, Role.STAFF, Role.SUPERVISOR, Role.STOCK_KEEPER)) {
            TestUsers.signIn("retention-" + role, List.of(f.siteId), role);
            assertThatThrownBy(() -> retention.purgeSite(f.siteId)).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.signIn("retention-other-manager", List.of(), Role.MANAGER);
        assertThatThrownBy(() -> retention.purgeSite(f.siteId)).isInstanceOf(AccessDeniedException.class);
        assertThat(count("SELECT COUNT(*) FROM visit WHERE site_id = ?")).isEqualTo(23);
    }

    @Test
    void the_retention_settings_are_checked_when_a_site_is_saved() {
        TestUsers.signIn("retention-admin", List.of(), Role.ADMIN);
        Site site = siteService.getForEdit(f.siteId);
        site.setRetentionVisitMonths(2);
        assertThatThrownBy(() -> siteService.saveSite(site))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        site.setRetentionVisitMonths(24);
        site.setRetentionIncidentYears(31);
        assertThatThrownBy(() -> siteService.saveSite(site))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
    }
}
