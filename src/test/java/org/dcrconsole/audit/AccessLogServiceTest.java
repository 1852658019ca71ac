package org.dcrconsole.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.booth.CheckInResult;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.booth.VisitFilter;
import org.dcrconsole.booth.VisitRef;
import org.dcrconsole.booth.VisitService;
import org.dcrconsole.incident.IncidentService;
import org.dcrconsole.report.DashboardService;
import org.dcrconsole.report.ReportFixture;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The access log: the services that serve client, visit and incident data record each look-up
 * (never a client code), the log has no way to change an entry, and only a site's managers read it.
 */
@DcrSpringBootTest
@Tag("db")
class AccessLogServiceTest {

    @Autowired
    AccessLogService accessLog;
    @Autowired
    BoardService board;
    @Autowired
    ClientService clients;
    @Autowired
    VisitService visits;
    @Autowired
    IncidentService incidents;
    @Autowired
    DashboardService dashboard;
    @Autowired
    SiteService siteService;
    @Autowired
    JdbcTemplate jdbc;

    BoothFixture.TestSite site;
    BoothFixture.TestSite otherSite;
    String code;
    VisitRef visit;

    @BeforeEach
    void seed() {
        site = BoothFixture.site(siteService, BoothKind.INJECTION);
        otherSite = BoothFixture.site(siteService, BoothKind.INJECTION);
        TestUsers.signIn("staff-" + site.id(), List.of(site.id()), Role.STAFF);
        code = BoothFixture.newCode();
        visit = ((CheckInResult.Admitted) board.checkIn(site.id(), BoothFixture.injection(code, site.booth(0)))).visit();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private List<AccessLogRow> log(AccessLogFilter filter) {
        TestUsers.signIn("manager-" + site.id(), List.of(site.id()), Role.MANAGER);
        return accessLog.list(site.id(), filter, PageRequest.of(0, 50));
    }

    private List<AccessLogRow> log(AccessKind kind) {
        return log(new AccessLogFilter(null, kind, null, null));
    }

    @Test
    void a_search_by_client_code_is_recorded_with_the_alias_found_and_never_the_code() {
        clients.list(site.id(), code, PageRequest.of(0, 20));

        List<AccessLogRow> rows = log(AccessKind.CLIENT_SEARCH);
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().username()).isEqualTo("staff-" + site.id());
        assertThat(rows.getFirst().subject()).contains(visit.clientAlias())
                .doesNotContain(code).doesNotContain(code.replace("-", ""));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE subject LIKE ?", Long.class,
                "%" + code.substring(0, 4) + "%")).isZero();
    }

    @Test
    void a_lazy_grid_scrolling_through_pages_records_one_look_up_not_one_per_page() {
        clients.list(site.id(), "", PageRequest.of(0, 20));
        clients.list(site.id(), "", PageRequest.of(1, 20));
        visits.list(site.id(), VisitFilter.none(), PageRequest.of(0, 20));
        visits.list(site.id(), VisitFilter.none(), PageRequest.of(1, 20));

        assertThat(log(AccessKind.CLIENT_LIST)).hasSize(1);
        assertThat(log(AccessKind.VISIT_LIST)).singleElement().extracting(AccessLogRow::subject).asString()
                .contains(visit.clientAlias());
    }

    @Test
    void opening_a_client_and_exporting_visits_are_recorded() {
        long clientId = clients.list(site.id(), code, PageRequest.of(0, 1)).getContent().getFirst().id();
        clients.get(site.id(), clientId);
        visits.exportCsv(site.id(), VisitFilter.none(), new ByteArrayOutputStream());

        assertThat(log(AccessKind.CLIENT_OPENED)).singleElement().extracting(AccessLogRow::subject).asString()
                .contains(visit.clientAlias(), "#" + clientId);
        assertThat(log(AccessKind.VISIT_EXPORT)).singleElement().extracting(AccessLogRow::subject).asString()
                .contains("rows=1");
    }

    @Test
    void opening_an_incident_and_its_pdf_are_recorded() {
        long id = new ReportFixtureIncident(jdbc, site.id()).insert();
        incidents.get(site.id(), id);
        incidents.pdf(site.id(), id, Locale.ENGLISH);

        assertThat(log(AccessKind.INCIDENT_OPENED)).singleElement().extracting(AccessLogRow::subject).asString()
                .contains("#" + id);
        assertThat(log(AccessKind.INCIDENT_PDF)).singleElement().extracting(AccessLogRow::subject).asString()
                .contains("#" + id);
    }

    @Test
    void the_monthly_report_export_is_recorded_at_each_site_it_covers() throws Exception {
        TestUsers.signIn("manager-both", List.of(site.id(), otherSite.id()), Role.MANAGER);
        dashboard.writeMonthlyCsv(List.of(site.id(), otherSite.id()), YearMonth.of(2025, 11), Locale.ENGLISH,
                new ByteArrayOutputStream());
        dashboard.writeMonthlyPdf(List.of(site.id()), YearMonth.of(2025, 11), Locale.ENGLISH,
                new ByteArrayOutputStream());

        assertThat(log(AccessKind.REPORT_CSV)).singleElement().extracting(AccessLogRow::subject).asString()
                .contains("2025-11");
        assertThat(log(AccessKind.REPORT_PDF)).hasSize(1);
        TestUsers.signIn("manager-other", List.of(otherSite.id()), Role.MANAGER);
        assertThat(accessLog.list(otherSite.id(), new AccessLogFilter(null, AccessKind.REPORT_CSV, null, null),
                PageRequest.of(0, 10))).hasSize(1);
    }

    @Test
    void the_log_filters_by_user_and_its_export_is_itself_recorded() {
        clients.list(site.id(), "", PageRequest.of(0, 20));
        TestUsers.signIn("other-staff-" + site.id(), List.of(site.id()), Role.STAFF);
        clients.list(site.id(), "", PageRequest.of(0, 20));

        assertThat(log(new AccessLogFilter("other-staff-" + site.id(), null, null, null)))
                .extracting(AccessLogRow::username).containsOnly("other-staff-" + site.id()).hasSize(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = accessLog.exportCsv(site.id(), AccessLogFilter.ALL, out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(written).isEqualTo(csv.lines().count() - 1);
        assertThat(csv).startsWith(AccessLogService.CSV_HEADER).contains("CLIENT_LIST", "other-staff-" + site.id());
        assertThat(log(AccessKind.ACCESS_LOG_EXPORT)).singleElement().extracting(AccessLogRow::username)
                .isEqualTo("manager-" + site.id());
    }

    @Test
    void a_manager_reads_the_log_of_their_own_sites_only() {
        TestUsers.signIn("manager-other", List.of(otherSite.id()), Role.MANAGER);
        assertThatThrownBy(() -> accessLog.list(site.id(), AccessLogFilter.ALL, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accessLog.exportCsv(site.id(), AccessLogFilter.ALL, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void admin_staff_supervisor_and_stock_keeper_cannot_read_the_log() {
        for (Role role : List.of(Role.ADMIN, Role.STAFF, Role.SUPERVISOR, Role.STOCK_KEEPER)) {
            TestUsers.signIn("denied-" + role, List.of(site.id()), role);
            assertThatThrownBy(() -> accessLog.list(site.id(), AccessLogFilter.ALL, PageRequest.of(0, 10)))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accessLog.exportCsv(site.id(), AccessLogFilter.ALL, new ByteArrayOutputStream()))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void nobody_records_for_a_site_they_do_not_hold_and_anonymous_cannot_record() {
        assertThatThrownBy(() -> accessLog.record(AccessKind.CLIENT_OPENED, otherSite.id(), "x"))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signOut();
        assertThatThrownBy(() -> accessLog.record(AccessKind.CLIENT_OPENED, site.id(), "x"))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void a_subject_is_cut_and_cleaned_so_the_database_keeps_it() {
        accessLog.record(AccessKind.CLIENT_OPENED, site.id(), "a\u0000b\ud800" + "y".repeat(500));

        String kept = log(AccessKind.CLIENT_OPENED).getFirst().subject();
        assertThat(kept).startsWith("aby").hasSize(AccessLogService.SUBJECT_MAX);
    }

    /** An incident row of the test's own, by plain SQL (the report fixture's shape). */
    private record ReportFixtureIncident(JdbcTemplate jdbc, long siteId) {
        long insert() {
            jdbc.update("INSERT INTO incident (site_id, occurred_at, type, severity, state, description, review_deadline) "
                            + "VALUES (?, ?, 'OPIOID_OVERDOSE', 'MODERATE', 'REPORTED', 'test', ?)", siteId,
                    ReportFixture.utc(java.time.Instant.parse("2025-11-03T20:00:00Z")),
                    ReportFixture.utc(java.time.Instant.parse("2025-11-04T20:00:00Z")));
            return jdbc.queryForObject("SELECT MAX(id) FROM incident WHERE site_id = ?", Long.class, siteId);
        }
    }
}
