package org.dcrconsole.drugcheck.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.booth.AlertSeverity;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.booth.Substance;
import org.dcrconsole.drugcheck.AlertInput;
import org.dcrconsole.drugcheck.AlertRow;
import org.dcrconsole.drugcheck.DrugCheckService;
import org.dcrconsole.drugcheck.Found;
import org.dcrconsole.drugcheck.ResultInput;
import org.dcrconsole.drugcheck.ResultRow;
import org.dcrconsole.drugcheck.SoldAs;
import org.dcrconsole.drugcheck.TestMethod;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** /alerts, the alert banner on the board and the dashboard, and the check-in warning. */
class AlertsViewTest extends KaribuTest {

    @Autowired
    SiteService siteService;
    @Autowired
    DrugCheckService service;
    @Autowired
    JdbcTemplate jdbc;

    TestSite site;

    @BeforeEach
    void seed() {
        site = BoothFixture.site(siteService, BoothKind.INJECTION);
    }

    @AfterEach
    void endAlerts() {
        // a network alert shows at every site: end this test's, so that other tests' sites stay quiet
        jdbc.update("UPDATE drug_alert SET ended_at = CURRENT_TIMESTAMP, ended_by = 'test' WHERE ended_at IS NULL"
                + " AND site_id = ?", site.id());
    }

    private long heroinWithFentanyl() throws Exception {
        return TestUsers.as(TestUsers.user("lab-" + site.id(), List.of(site.id()), Role.STAFF), () ->
                service.recordResult(site.id(), new ResultInput(LocalDate.now(), SoldAs.HEROIN, Set.of(Found.FENTANYL),
                        TestMethod.SPECTROMETER, null)).getId());
    }

    private long raise(long result, boolean network) throws Exception {
        return TestUsers.as(TestUsers.user("sup-" + site.id(), List.of(site.id()), Role.SUPERVISOR), () ->
                service.raiseAlert(site.id(), new AlertInput("Fentanyl in heroin, test " + site.id(),
                        AlertSeverity.DANGER, network, Instant.now().plus(Duration.ofDays(1)), Set.of(result))).getId());
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void staff_record_a_result_by_choosing_not_typing() {
        signIn("staff-" + site.id(), List.of(site.id()), Role.STAFF);
        navigate("alerts");
        assertThat(_find(Button.class, s -> s.withId("raise-alert"))).isEmpty();

        _click(_get(Button.class, s -> s.withId("record-result")));
        _click(_get(Button.class, s -> s.withId("result-submit")));
        assertThat(_get(ComboBox.class, s -> s.withId("result-sold-as")).isInvalid()).isTrue();
        _setValue(_get(ComboBox.class, s -> s.withId("result-sold-as")), SoldAs.COCAINE);
        _setValue(_get(MultiSelectComboBox.class, s -> s.withId("result-found")), Set.of(Found.FENTANYL, Found.XYLAZINE));
        _setValue(_get(ComboBox.class, s -> s.withId("result-method")), TestMethod.TEST_STRIP);
        _click(_get(Button.class, s -> s.withId("result-submit")));

        Grid<ResultRow> results = grid("results-grid");
        assertThat(GridKt._size(results)).isEqualTo(1);
        assertThat(GridKt._get(results, 0).found()).containsExactlyInAnyOrder(Found.FENTANYL, Found.XYLAZINE);
    }

    @Test
    void a_supervisor_raises_an_alert_from_selected_results_and_ends_it() throws Exception {
        long result = heroinWithFentanyl();
        signIn("supervisor-" + site.id(), List.of(site.id()), Role.SUPERVISOR);
        navigate("alerts");
        Grid<ResultRow> results = grid("results-grid");
        assertThat(_get(Button.class, s -> s.withId("raise-alert")).isEnabled()).isFalse();

        results.select(GridKt._get(results, 0));
        _click(_get(Button.class, s -> s.withId("raise-alert")));
        _setValue(_get(TextArea.class, s -> s.withId("alert-text")), "Strong fentanyl in heroin from the station");
        _click(_get(Button.class, s -> s.withId("alert-submit")));

        Grid<AlertRow> alerts = grid("alerts-grid");
        AlertRow raised = GridKt._get(alerts, 0);
        assertThat(raised.active()).isTrue();
        assertThat(raised.substances()).containsExactly(Substance.OPIOIDS);
        assertThat(result).isPositive();

        _click(_get(GridKt._getCellComponent(alerts, 0, "actions"), Button.class,
                s -> s.withId("end-alert-" + raised.id())));
        assertThat(GridKt._get(alerts, 0).active()).isFalse();
    }

    @Test
    void a_manager_reads_and_admin_and_stock_keeper_are_refused() {
        signIn("manager-" + site.id(), List.of(site.id()), Role.MANAGER);
        navigate("alerts");
        assertThat(_find(Button.class, s -> s.withId("record-result"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("raise-alert"))).isEmpty();
        for (Role role : List.of(Role.ADMIN, Role.STOCK_KEEPER)) {
            signIn(role + "-" + site.id(), List.of(site.id()), role);
            assertThatThrownBy(() -> navigate("alerts")).isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void an_alert_raised_elsewhere_appears_on_an_open_board_by_push_within_a_second() throws Exception {
        long result = heroinWithFentanyl();
        signIn("staff-" + site.id(), List.of(site.id()), Role.STAFF);
        navigate("board");
        assertThat(_find(Div.class, s -> s.withId("alert-banner"))).as("no alert, no banner").isEmpty();

        long alert = raise(result, false);

        long deadline = System.nanoTime() + 1_000_000_000L;
        while (_find(Div.class, s -> s.withId("alert-" + alert)).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            MockVaadin.runUIQueue();
        }
        assertThat(_get(Div.class, s -> s.withId("alert-" + alert)).getElement().getTextRecursively())
                .contains("Fentanyl in heroin, test " + site.id()).contains("Danger");
    }

    @Test
    void a_network_alert_shows_on_the_dashboard_and_goes_once_it_expires() throws Exception {
        long alert = raise(heroinWithFentanyl(), true);
        signIn("manager-" + site.id(), List.of(site.id()), Role.MANAGER);
        navigate("");
        assertThat(_get(Div.class, s -> s.withId("alert-" + alert)).getElement().getTextRecursively())
                .contains("Network-wide");

        jdbc.update("UPDATE drug_alert SET raised_at = ?, expires_at = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(2))),
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), alert);
        // a fresh dashboard reads again, as an open one does on its tick
        navigate("alerts");
        navigate("");

        assertThat(_find(Div.class, s -> s.withId("alert-" + alert))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void check_in_warns_about_an_alert_for_the_substance_the_client_names() throws Exception {
        long alert = raise(heroinWithFentanyl(), false);
        signIn("staff-" + site.id(), List.of(site.id()), Role.STAFF);
        navigate("board");
        _click(_get(Button.class, s -> s.withId("check-in")));
        _setValue(_get(TextField.class, s -> s.withId("checkin-code")), BoothFixture.newCode());
        MultiSelectComboBox<Substance> substances = _get(MultiSelectComboBox.class, s -> s.withId("checkin-substances"));

        _setValue(substances, Set.of(Substance.COCAINE));
        assertThat(_find(Div.class, s -> s.withId("checkin-alerts"))).isEmpty();
        _setValue(substances, Set.of(Substance.COCAINE, Substance.OPIOIDS));

        assertThat(_get(Div.class, s -> s.withId("checkin-alerts")).getElement().getTextRecursively())
                .contains("Fentanyl in heroin, test " + site.id());
        assertThat(alert).isPositive();
        assertThat(_find(Checkbox.class, s -> s.withId("alert-network"))).isEmpty();
    }
}
