package org.dcrconsole.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The review workflow: every allowed transition, and the refused ones. */
@DcrSpringBootTest
class IncidentWorkflowTest {

    @Autowired
    IncidentService service;
    @Autowired
    SiteService siteService;
    @Autowired
    UserService userService;
    @Autowired
    Clock clock;

    IncidentFixture.Seed seed;
    IncidentFixture.Seed other;

    @BeforeEach
    void seed() {
        IncidentFixture fixture = new IncidentFixture(siteService, userService);
        seed = fixture.seed("wf");
        other = fixture.seed("wf-other");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private long reported() {
        TestUsers.signIn(seed.staff());
        long id = service.report(seed.siteId(), IncidentFixture.overdose(clock.instant().minusSeconds(600))).getId();
        TestUsers.signIn(seed.supervisor());
        return id;
    }

    private IncidentState state(long id) {
        return service.get(seed.siteId(), id).incident().getState();
    }

    @Test
    void a_report_starts_reported_with_a_deadline_by_severity() {
        TestUsers.signIn(seed.staff());
        Instant at = clock.instant().minusSeconds(60);
        Incident severe = service.report(seed.siteId(), IncidentFixture.overdose(at));
        assertThat(severe.getState()).isEqualTo(IncidentState.REPORTED);
        assertThat(severe.getReviewDeadline()).isEqualTo(at.plus(Duration.ofHours(24)));

        IncidentReport low = IncidentFixture.overdose(at);
        low.setSeverity(Severity.LOW);
        assertThat(service.report(seed.siteId(), low).getReviewDeadline()).isEqualTo(at.plus(Duration.ofHours(240)));
        low.setSeverity(Severity.MODERATE);
        assertThat(service.report(seed.siteId(), low).getReviewDeadline()).isEqualTo(at.plus(Duration.ofHours(120)));
    }

    @Test
    void a_supervisor_takes_an_incident_through_every_state_to_closed() {
        long id = reported();
        service.startReview(seed.siteId(), id, seed.supervisorId());
        assertThat(state(id)).isEqualTo(IncidentState.UNDER_REVIEW);

        long version = service.get(seed.siteId(), id).incident().getVersion();
        service.saveReview(seed.siteId(), id, version, "Booth I01 not visible from the desk.", "Mirror missing");
        FollowUpAction action = service.addAction(seed.siteId(), id, "Fit a convex mirror", seed.staffId(),
                LocalDate.now(clock).plusDays(7));
        service.openActions(seed.siteId(), id);
        assertThat(state(id)).isEqualTo(IncidentState.ACTIONS_OPEN);

        service.settleAction(seed.siteId(), id, action.getId(), true, false);
        Incident closed = service.close(seed.siteId(), id);
        assertThat(closed.getState()).isEqualTo(IncidentState.CLOSED);
        assertThat(closed.getSignedOffBy()).isEqualTo(seed.supervisorName());
        assertThat(closed.getSignedOffAt()).isNotNull();
    }

    @Test
    void a_carried_over_action_lets_the_review_close() {
        long id = reported();
        service.startReview(seed.siteId(), id, seed.supervisorId());
        service.saveReview(seed.siteId(), id, service.get(seed.siteId(), id).incident().getVersion(), "Findings", null);
        service.openActions(seed.siteId(), id);
        FollowUpAction a = service.addAction(seed.siteId(), id, "Train new staff on BVM", seed.staffId(),
                LocalDate.now(clock));
        service.settleAction(seed.siteId(), id, a.getId(), false, true);
        assertThat(service.close(seed.siteId(), id).getState()).isEqualTo(IncidentState.CLOSED);
    }

    @Test
    void closing_with_an_open_action_is_refused() {
        long id = reported();
        service.startReview(seed.siteId(), id, seed.supervisorId());
        service.saveReview(seed.siteId(), id, service.get(seed.siteId(), id).incident().getVersion(), "Findings", null);
        service.openActions(seed.siteId(), id);
        service.addAction(seed.siteId(), id, "Check oxygen cylinder daily", seed.staffId(), LocalDate.now(clock));

        assertThatThrownBy(() -> service.close(seed.siteId(), id)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("review.error.actionsOpen");
        assertThat(state(id)).isEqualTo(IncidentState.ACTIONS_OPEN);
    }

    @Test
    void states_cannot_be_skipped() {
        long id = reported();
        assertThatThrownBy(() -> service.openActions(seed.siteId(), id)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> service.close(seed.siteId(), id)).isInstanceOf(BusinessException.class);
        service.startReview(seed.siteId(), id, seed.supervisorId());
        assertThatThrownBy(() -> service.startReview(seed.siteId(), id, seed.supervisorId()))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> service.close(seed.siteId(), id)).isInstanceOf(BusinessException.class);
        assertThat(state(id)).isEqualTo(IncidentState.UNDER_REVIEW);
    }

    @Test
    void actions_open_needs_findings() {
        long id = reported();
        service.startReview(seed.siteId(), id, seed.supervisorId());
        assertThatThrownBy(() -> service.openActions(seed.siteId(), id)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("review.error.findingsRequired");
    }

    @Test
    void a_closed_incident_takes_no_more_changes() {
        long id = reported();
        service.startReview(seed.siteId(), id, seed.supervisorId());
        service.saveReview(seed.siteId(), id, service.get(seed.siteId(), id).incident().getVersion(), "Findings", null);
        service.openActions(seed.siteId(), id);
        service.close(seed.siteId(), id);

        assertThatThrownBy(() -> service.addStep(seed.siteId(), id, StepInput.of(ResponseStepKind.CPR, clock.instant())))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> service.saveReview(seed.siteId(), id,
                service.get(seed.siteId(), id).incident().getVersion(), "Changed", null))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> service.addAction(seed.siteId(), id, "Late", seed.staffId(), LocalDate.now(clock)))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void staff_cannot_close_an_incident() {
        long id = reported();
        service.startReview(seed.siteId(), id, seed.supervisorId());
        service.saveReview(seed.siteId(), id, service.get(seed.siteId(), id).incident().getVersion(), "Findings", null);
        service.openActions(seed.siteId(), id);
        TestUsers.signIn(seed.staff());
        assertThatThrownBy(() -> service.close(seed.siteId(), id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.startReview(seed.siteId(), id, seed.supervisorId()))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(seed.supervisor());
        assertThat(state(id)).isEqualTo(IncidentState.ACTIONS_OPEN);
    }

    @Test
    void a_reviewer_of_another_site_is_refused() {
        long id = reported();
        assertThatThrownBy(() -> service.startReview(seed.siteId(), id, other.supervisorId()))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("review.error.reviewerNotAtSite");
        assertThatThrownBy(() -> service.startReview(seed.siteId(), id, seed.staffId()))
                .as("a staff member is no reviewer").isInstanceOf(BusinessException.class);
        assertThat(state(id)).isEqualTo(IncidentState.REPORTED);
    }

    @Test
    void a_supervisor_of_another_site_cannot_review_here() {
        long id = reported();
        TestUsers.signIn(other.supervisor());
        assertThatThrownBy(() -> service.startReview(seed.siteId(), id, other.supervisorId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.startReview(other.siteId(), id, other.supervisorId()))
                .as("the id from another site is simply not found").isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("error.notFound");
        TestUsers.signIn(seed.supervisor());
        assertThat(state(id)).isEqualTo(IncidentState.REPORTED);
    }

    @Test
    void an_action_owner_must_hold_the_site() {
        long id = reported();
        service.startReview(seed.siteId(), id, seed.supervisorId());
        assertThatThrownBy(() -> service.addAction(seed.siteId(), id, "Text", other.staffId(), LocalDate.now(clock)))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void an_action_cannot_be_done_and_carried_over() {
        long id = reported();
        service.startReview(seed.siteId(), id, seed.supervisorId());
        FollowUpAction a = service.addAction(seed.siteId(), id, "Text", seed.staffId(), LocalDate.now(clock));
        assertThatThrownBy(() -> service.settleAction(seed.siteId(), id, a.getId(), true, true))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void overdue_reviews_are_counted_and_filtered() {
        TestUsers.signIn(seed.staff());
        IncidentReport old = IncidentFixture.overdose(clock.instant().minus(Duration.ofHours(30)));
        long overdue = service.report(seed.siteId(), old).getId();
        long fresh = service.report(seed.siteId(), IncidentFixture.overdose(clock.instant().minusSeconds(60))).getId();
        List<IncidentRow> rows = service.list(seed.siteId(),
                new IncidentFilter(null, null, null, null, null, null, true),
                org.springframework.data.domain.PageRequest.of(0, 50)).getContent();
        assertThat(rows).extracting(IncidentRow::id).contains(overdue).doesNotContain(fresh);
        assertThat(rows).allMatch(IncidentRow::overdue);
        assertThat(service.counts(seed.siteId(), Instant.EPOCH, clock.instant()).overdueReviews()).isEqualTo(1);
    }

    @Test
    void manager_reads_but_cannot_review() {
        long id = reported();
        TestUsers.signIn(seed.as("manager-wf", Role.MANAGER));
        assertThat(service.get(seed.siteId(), id).incident().getId()).isEqualTo(id);
        assertThatThrownBy(() -> service.startReview(seed.siteId(), id, seed.supervisorId()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
