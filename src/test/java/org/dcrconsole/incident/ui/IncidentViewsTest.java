package org.dcrconsole.incident.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.incident.IncidentDetails;
import org.dcrconsole.incident.IncidentFixture;
import org.dcrconsole.incident.IncidentService;
import org.dcrconsole.incident.IncidentState;
import org.dcrconsole.incident.IncidentType;
import org.dcrconsole.incident.NaloxoneRoute;
import org.dcrconsole.incident.ResponseStep;
import org.dcrconsole.incident.ResponseStepKind;
import org.dcrconsole.incident.StepInput;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.UserRef;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The incident screens as people use them: report from a booth, the emergency screen, the review. */
class IncidentViewsTest extends KaribuTest {

    @Autowired
    IncidentService service;
    @Autowired
    SiteService siteService;
    @Autowired
    UserService userService;
    @Autowired
    Clock clock;
    @Autowired
    org.dcrconsole.booth.BoardService boardService;

    IncidentFixture.Seed seed;

    @BeforeEach
    void seed() {
        seed = new IncidentFixture(siteService, userService).seed("ui");
    }

    @Test
    void staff_report_from_an_occupied_booth_with_booth_visit_and_alias_prefilled() {
        signIn(seed.staffName(), List.of(seed.siteId()), Role.STAFF);
        var admitted = (org.dcrconsole.booth.CheckInResult.Admitted) boardService.checkIn(seed.siteId(),
                org.dcrconsole.booth.BoothFixture.injection(org.dcrconsole.booth.BoothFixture.newCode(), seed.boothId()));
        long visitId = admitted.visit().visitId();
        String alias = admitted.visit().clientAlias();
        UI.getCurrent().navigate("incidents/new", QueryParameters.simple(
                Map.of("booth", String.valueOf(seed.boothId()), "visit", String.valueOf(visitId), "alias", alias)));

        IncidentReportView view = (IncidentReportView) UI.getCurrent().getCurrentView();
        BoothInfo booth = view.form().booth.getValue();
        assertThat(booth).isNotNull();
        assertThat(booth.id()).isEqualTo(seed.boothId());
        assertThat(_get(ComboBox.class, s -> s.withId("incident-alias")).getValue()).isEqualTo(alias);
        assertThat(_get(Span.class, s -> s.withId("incident-visit")).getText()).contains(String.valueOf(visitId));
        assertThat(view.form().occurredAt.getValue()).isNotNull();

        _setValue(_get(TextArea.class, s -> s.withId("incident-description")), "Client spoke to Peter Miller, then collapsed.");
        assertThat(_get(Div.class, s -> s.withId("incident-description-warning")).isVisible()).isTrue();
        _setValue(_get(TextArea.class, s -> s.withId("incident-description")),
                "Client unresponsive in booth, pinpoint pupils, shallow breathing.");
        assertThat(_find(Div.class, s -> s.withId("incident-description-warning"))).isEmpty();
        _click(_get(Button.class, s -> s.withId("incident-save")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(EmergencyView.class);
        var rows = service.list(seed.siteId(), org.dcrconsole.incident.IncidentFilter.none(),
                org.springframework.data.domain.PageRequest.of(0, 10)).getContent();
        assertThat(rows).hasSize(1);
        IncidentDetails saved = service.get(seed.siteId(), rows.getFirst().id());
        assertThat(saved.incident().getBoothId()).isEqualTo(seed.boothId());
        assertThat(saved.incident().getVisitId()).isEqualTo(visitId);
        assertThat(saved.incident().getClientAlias()).isEqualTo(alias);
        assertThat(saved.incident().getType()).isEqualTo(IncidentType.OPIOID_OVERDOSE);
    }

    @Test
    void a_manager_reports_an_overdose_and_lands_on_the_incident_not_the_emergency_screen() {
        signIn("manager-ui", List.of(seed.siteId()), Role.MANAGER);
        navigate("incidents/new");
        _setValue(_get(TextArea.class, s -> s.withId("incident-description")), "Client collapsed at reception.");
        _click(_get(Button.class, s -> s.withId("incident-save")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(IncidentView.class);
    }

    @Test
    void a_booth_of_another_site_in_the_link_is_not_prefilled() {
        IncidentFixture.Seed other = new IncidentFixture(siteService, userService).seed("ui-other");
        signIn(seed.staffName(), List.of(seed.siteId()), Role.STAFF);
        UI.getCurrent().navigate("incidents/new", QueryParameters.simple(
                Map.of("booth", String.valueOf(other.boothId()), "alias", "Owl-22")));
        IncidentReportView view = (IncidentReportView) UI.getCurrent().getCurrentView();
        assertThat(view.form().booth.getValue()).isNull();
    }

    @Test
    void staff_record_a_naloxone_dose_on_the_emergency_screen() {
        TestUsers.signIn(seed.staff());
        long id = service.report(seed.siteId(), IncidentFixture.overdose(clock.instant().minusSeconds(120))).getId();
        service.addStep(seed.siteId(), id, StepInput.of(ResponseStepKind.RECOGNISED, clock.instant().minusSeconds(120)));
        signIn(seed.staffName(), List.of(seed.siteId()), Role.STAFF);
        navigate("incidents/" + id + "/response");

        assertThat(_get(Span.class, s -> s.withId("emergency-elapsed")).getText()).matches("\\d\\d:\\d\\d");
        assertThat(_get(Div.class, s -> s.withId("emergency-prompts")).getElement().getTextRecursively())
                .contains("Give oxygen now");

        _setValue(_get(BigDecimalField.class, s -> s.withId("emergency-dose")), new BigDecimal("0.8"));
        _setValue(_get(Select.class, s -> s.withId("emergency-route")), NaloxoneRoute.IN);
        _setValue(_get(IntegerField.class, s -> s.withId("emergency-rr")), 6);
        _setValue(_get(IntegerField.class, s -> s.withId("emergency-spo2")), 86);
        _click(_get(Button.class, s -> s.withId("step-naloxone")));
        _click(_get(Button.class, s -> s.withId("step-oxygen")));

        List<ResponseStep> steps = service.get(seed.siteId(), id).steps();
        ResponseStep dose = steps.stream().filter(s -> s.getKind() == ResponseStepKind.NALOXONE).findFirst().orElseThrow();
        assertThat(dose.getNaloxoneDoseMg()).isEqualByComparingTo("0.8");
        assertThat(dose.getNaloxoneRoute()).isEqualTo(NaloxoneRoute.IN);
        assertThat(dose.getRespiratoryRate()).isEqualTo(6);
        assertThat(dose.getSpo2()).isEqualTo(86);
        assertThat(dose.getAt()).isBetween(clock.instant().minusSeconds(60), clock.instant());
        ResponseStep oxygen = steps.stream().filter(s -> s.getKind() == ResponseStepKind.OXYGEN).findFirst().orElseThrow();
        assertThat(oxygen.getRespiratoryRate()).as("vitals go with the tap they were typed for").isNull();
        assertThat(_get(Div.class, s -> s.withId("emergency-prompts")).getElement().getTextRecursively())
                .doesNotContain("Give oxygen now").contains("Rescue dose due at");
    }

    @Test
    void a_supervisor_reviews_and_closes_an_incident() {
        TestUsers.signIn(seed.staff());
        long id = service.report(seed.siteId(), IncidentFixture.overdose(clock.instant().minus(Duration.ofHours(2)))).getId();
        signIn(seed.supervisorName(), List.of(seed.siteId()), Role.SUPERVISOR);
        navigate("incidents/" + id);
        reviewTab();

        @SuppressWarnings("unchecked")
        ComboBox<UserRef> reviewer = _get(ComboBox.class, s -> s.withId("review-reviewer"));
        UserRef sup = reviewer.getListDataView().getItems().filter(u -> u.id() == seed.supervisorId()).findFirst().orElseThrow();
        _setValue(reviewer, sup);
        _click(_get(Button.class, s -> s.withId("review-start")));
        assertThat(service.get(seed.siteId(), id).incident().getState()).isEqualTo(IncidentState.UNDER_REVIEW);

        _setValue(_get(TextArea.class, s -> s.withId("review-findings")), "Recognised quickly; oxygen within 30 s.");
        _setValue(_get(TextArea.class, s -> s.withId("review-factors")), "Lower tolerance after abstinence.");
        _click(_get(Button.class, s -> s.withId("review-open-actions")));
        assertThat(service.get(seed.siteId(), id).incident().getState()).isEqualTo(IncidentState.ACTIONS_OPEN);

        TestUsers.signIn(seed.supervisor());
        long actionId = service.addAction(seed.siteId(), id, "Refresh BVM training", seed.staffId(),
                LocalDate.now(clock).plusDays(7)).getId();
        signIn(seed.supervisorName(), List.of(seed.siteId()), Role.SUPERVISOR);
        navigate("incidents/" + id);
        reviewTab();
        _click(_get(Button.class, s -> s.withId("review-close")));
        assertThat(service.get(seed.siteId(), id).incident().getState())
                .as("an open action keeps the review open").isEqualTo(IncidentState.ACTIONS_OPEN);

        IncidentView view = (IncidentView) UI.getCurrent().getCurrentView();
        var buttons = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(view.actionGrid, 0, "buttons");
        _click(_get(buttons, Button.class, s -> s.withId("action-done-" + actionId)));
        _click(_get(Button.class, s -> s.withId("review-close")));
        IncidentDetails closed = service.get(seed.siteId(), id);
        assertThat(closed.incident().getState()).isEqualTo(IncidentState.CLOSED);
        assertThat(closed.incident().getSignedOffBy()).isEqualTo(seed.supervisorName());
        assertThat(_get(Span.class, s -> s.withId("review-state")).getText()).isEqualTo("Closed");
        assertThat(_find(Button.class, s -> s.withId("review-close"))).allMatch(b -> !b.isVisible());
    }

    private static void reviewTab() {
        _get(TabSheet.class).setSelectedIndex(1);
    }

    @Test
    void staff_see_the_review_but_get_no_review_buttons() {
        TestUsers.signIn(seed.staff());
        long id = service.report(seed.siteId(), IncidentFixture.overdose(clock.instant().minusSeconds(600))).getId();
        signIn(seed.staffName(), List.of(seed.siteId()), Role.STAFF);
        navigate("incidents/" + id);
        reviewTab();
        assertThat(_find(Button.class, s -> s.withId("review-start"))).isEmpty();
        assertThat(_get(ComboBox.class, s -> s.withId("review-reviewer")).isReadOnly()).isTrue();
    }

    @Test
    void the_list_marks_overdue_reviews() {
        TestUsers.signIn(seed.staff());
        Instant old = clock.instant().minus(Duration.ofDays(3));
        long overdue = service.report(seed.siteId(), IncidentFixture.overdose(old)).getId();
        signIn(seed.staffName(), List.of(seed.siteId()), Role.STAFF);
        navigate("incidents");
        IncidentListView view = (IncidentListView) UI.getCurrent().getCurrentView();
        var rows = com.github.mvysny.kaributesting.v10.GridKt._fetch(view.grid(), 0, 10);
        assertThat(rows).extracting(r -> r.id()).containsExactly(overdue);
        assertThat(rows.getFirst().overdue()).isTrue();
        assertThat(view.grid().getPartNameGenerator().apply(rows.getFirst())).isEqualTo("incident-overdue");
    }

    @Test
    void admin_cannot_open_any_incident_screen() {
        signIn("admin-ui", List.of(seed.siteId()), Role.ADMIN);
        assertThrows(MockAccessDeniedException.class, () -> navigate("incidents"));
        assertThrows(MockAccessDeniedException.class, () -> navigate("incidents/new"));
        navigate("");
        assertThat(_get(SideNav.class).getItems()).extracting(i -> i.getPath()).doesNotContain("incidents");
    }

    @Test
    void a_stock_keeper_reads_but_cannot_open_the_emergency_screen() {
        TestUsers.signIn(seed.staff());
        long id = service.report(seed.siteId(), IncidentFixture.overdose(clock.instant().minusSeconds(600))).getId();
        signIn("stock-ui", List.of(seed.siteId()), Role.STOCK_KEEPER);
        navigate("incidents/" + id);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(IncidentView.class);
        assertThrows(MockAccessDeniedException.class, () -> navigate("incidents/" + id + "/response"));
    }
}
