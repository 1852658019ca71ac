package org.dcrconsole.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Who may call what: every service method for ADMIN, each role's grants and denials, site scoping. */
@DcrSpringBootTest
class IncidentSecurityTest {

    @Autowired
    IncidentService service;
    @Autowired
    SiteService siteService;
    @Autowired
    UserService userService;
    @Autowired
    Clock clock;

    IncidentFixture.Seed seed;
    long incidentId;
    long stepId;
    long actionId;

    @BeforeEach
    void seed() {
        seed = new IncidentFixture(siteService, userService).seed("sec");
        TestUsers.signIn(seed.supervisor());
        Instant at = clock.instant().minus(Duration.ofMinutes(30));
        incidentId = service.report(seed.siteId(), IncidentFixture.overdose(at)).getId();
        stepId = service.addStep(seed.siteId(), incidentId, StepInput.of(ResponseStepKind.RECOGNISED, at)).getId();
        service.startReview(seed.siteId(), incidentId, seed.supervisorId());
        actionId = service.addAction(seed.siteId(), incidentId, "Action", seed.staffId(), LocalDate.now(clock)).getId();
        TestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** Every public method of the service, called for the given site. */
    private Map<String, Runnable> calls(long siteId) {
        Map<String, Runnable> calls = new LinkedHashMap<>();
        Instant now = clock.instant();
        calls.put("list", () -> service.list(siteId, IncidentFilter.none(), PageRequest.of(0, 10)));
        calls.put("forClient", () -> service.forClient(siteId, "ABC-DEF", PageRequest.of(0, 10)));
        calls.put("get", () -> service.get(siteId, incidentId));
        calls.put("history", () -> service.history(siteId, incidentId));
        calls.put("pdf", () -> service.pdf(siteId, incidentId, Locale.ENGLISH));
        calls.put("counts", () -> service.counts(siteId, now.minus(Duration.ofDays(1)), now));
        calls.put("report", () -> service.report(siteId, IncidentFixture.overdose(now)));
        calls.put("updateReport", () -> service.updateReport(siteId, incidentId, 0, IncidentFixture.overdose(now)));
        calls.put("addStep", () -> service.addStep(siteId, incidentId, StepInput.of(ResponseStepKind.CPR, now)));
        calls.put("updateStep", () -> service.updateStep(siteId, incidentId, stepId,
                StepInput.of(ResponseStepKind.RECOGNISED, now)));
        calls.put("removeStep", () -> service.removeStep(siteId, incidentId, stepId));
        calls.put("startReview", () -> service.startReview(siteId, incidentId, seed.supervisorId()));
        calls.put("assignReviewer", () -> service.assignReviewer(siteId, incidentId, seed.supervisorId()));
        calls.put("saveReview", () -> service.saveReview(siteId, incidentId, 0, "f", "c"));
        calls.put("openActions", () -> service.openActions(siteId, incidentId));
        calls.put("addAction", () -> service.addAction(siteId, incidentId, "x", seed.staffId(), LocalDate.now(clock)));
        calls.put("updateAction", () -> service.updateAction(siteId, incidentId, actionId, "x", seed.staffId(),
                LocalDate.now(clock)));
        calls.put("settleAction", () -> service.settleAction(siteId, incidentId, actionId, true, false));
        calls.put("close", () -> service.close(siteId, incidentId));
        return calls;
    }

    @Test
    void the_call_table_covers_every_public_method() {
        long publicMethods = java.util.Arrays.stream(IncidentService.class.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                .filter(m -> !java.lang.reflect.Modifier.isStatic(m.getModifiers())).count();
        assertThat(calls(seed.siteId())).hasSize((int) publicMethods);
    }

    @Test
    void admin_is_denied_every_method_even_holding_the_site() {
        TestUsers.signIn(TestUsers.user("admin-sec", List.of(seed.siteId()), Role.ADMIN));
        calls(seed.siteId()).forEach((name, call) ->
                assertThatThrownBy(call::run).as(name).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void nobody_signed_in_is_denied_every_method() {
        calls(seed.siteId()).forEach((name, call) ->
                assertThatThrownBy(call::run).as(name).isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class));
    }

    @Test
    void a_user_of_another_site_is_denied_every_method() {
        IncidentFixture.Seed other = new IncidentFixture(siteService, userService).seed("sec-other");
        SignedInUser all = new SignedInUser(other.supervisorId(), other.supervisorName(), "x", null,
                java.util.EnumSet.of(Role.SUPERVISOR, Role.STAFF, Role.MANAGER), java.util.Set.of(other.siteId()), true, null);
        TestUsers.signIn(all);
        calls(seed.siteId()).forEach((name, call) ->
                assertThatThrownBy(call::run).as(name).isInstanceOf(AccessDeniedException.class));
        // With their own site's id, this site's incident is simply not there.
        assertThatThrownBy(() -> service.get(other.siteId(), incidentId)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> service.addStep(other.siteId(), incidentId,
                StepInput.of(ResponseStepKind.CPR, clock.instant()))).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> service.updateStep(other.siteId(), incidentId, stepId,
                StepInput.of(ResponseStepKind.RECOGNISED, clock.instant()))).isInstanceOf(BusinessException.class);
    }

    @Test
    void a_report_naming_another_sites_booth_is_refused() {
        IncidentFixture.Seed other = new IncidentFixture(siteService, userService).seed("sec-booth");
        TestUsers.signIn(seed.staff());
        IncidentReport report = IncidentFixture.overdose(clock.instant());
        report.setBoothId(other.boothId());
        assertThatThrownBy(() -> service.report(seed.siteId(), report)).isInstanceOf(BusinessException.class);
    }

    @Test
    void staff_report_and_record_steps_but_do_not_review() {
        TestUsers.signIn(seed.staff());
        long id = service.report(seed.siteId(), IncidentFixture.overdose(clock.instant())).getId();
        service.addStep(seed.siteId(), id, StepInput.naloxone(clock.instant(), new BigDecimal("0.4"), NaloxoneRoute.IM));
        assertThat(service.get(seed.siteId(), id).steps()).hasSize(1);
        for (String denied : List.of("startReview", "assignReviewer", "saveReview", "openActions", "addAction",
                "updateAction", "settleAction", "close")) {
            assertThatThrownBy(calls(seed.siteId()).get(denied)::run).as(denied).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void stock_keepers_read_and_report_but_record_no_steps() {
        TestUsers.signIn(seed.as("stock-sec", Role.STOCK_KEEPER));
        assertThat(service.get(seed.siteId(), incidentId).incident().getId()).isEqualTo(incidentId);
        assertThat(service.report(seed.siteId(), IncidentFixture.overdose(clock.instant())).getId()).isPositive();
        // the client page's read is for the floor only
        for (String denied : List.of("updateReport", "addStep", "updateStep", "removeStep", "startReview", "close",
                "forClient")) {
            assertThatThrownBy(calls(seed.siteId()).get(denied)::run).as(denied).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void managers_read_everything_and_report_but_change_nothing_else() {
        TestUsers.signIn(seed.as("manager-sec", Role.MANAGER));
        for (String read : List.of("list", "get", "history", "pdf", "counts", "report", "forClient")) {
            calls(seed.siteId()).get(read).run();
        }
        for (String denied : List.of("updateReport", "addStep", "updateStep", "removeStep", "startReview",
                "assignReviewer", "saveReview", "openActions", "addAction", "updateAction", "settleAction", "close")) {
            assertThatThrownBy(calls(seed.siteId()).get(denied)::run).as(denied).isInstanceOf(AccessDeniedException.class);
        }
    }
}
