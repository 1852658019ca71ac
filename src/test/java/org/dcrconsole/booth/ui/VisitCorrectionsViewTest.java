package org.dcrconsole.booth.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.booth.CheckIn;
import org.dcrconsole.booth.CheckInResult;
import org.dcrconsole.booth.ConsumptionRoute;
import org.dcrconsole.booth.Substance;
import org.dcrconsole.booth.VisitCorrection;
import org.dcrconsole.booth.VisitRow;
import org.dcrconsole.booth.VisitStatus;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** /visits as supervisors, staff and managers use it to void and correct visits and read their history. */
class VisitCorrectionsViewTest extends KaribuTest {

    @Autowired SiteService siteService;
    @Autowired BoardService boardService;
    @Autowired JdbcTemplate jdbc;

    TestSite site;
    long colleagues;

    @BeforeEach
    void seed() throws Exception {
        site = BoothFixture.site(siteService, BoothKind.INJECTION, BoothKind.INHALATION, BoothKind.FLEXIBLE);
        colleagues = TestUsers.as(TestUsers.user("colleague-" + site.id(), List.of(site.id()), Role.STAFF),
                () -> checkIn(site.booth(0), ConsumptionRoute.INJECTION));
    }

    private long checkIn(long booth, ConsumptionRoute route) {
        return ((CheckInResult.Admitted) boardService.checkIn(site.id(), new CheckIn(BoothFixture.newCode(),
                Set.of(Substance.OPIOIDS), route, booth, Map.of(), true))).visit().visitId();
    }

    @Test
    void a_supervisor_voids_a_visit_with_a_reason_and_the_grid_shows_and_filters_it_as_voided() {
        signIn("supervisor-" + site.id(), List.of(site.id()), Role.SUPERVISOR);
        navigate("visits");

        _click(action(0, "Void"));
        _click(_get(Button.class, s -> s.withId("void-submit")));
        TextArea reason = _get(TextArea.class, s -> s.withId("correction-reason"));
        assertThat(reason.isInvalid()).as("a reason is required").isTrue();
        _setValue(reason, "Checked in the wrong client");
        _click(_get(Button.class, s -> s.withId("void-submit")));

        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class)).isEmpty();
        assertThat(rows()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(VisitStatus.VOIDED));
        assertThat(jdbc.queryForObject("SELECT void_reason FROM visit WHERE id = ?", String.class, colleagues))
                .isEqualTo("Checked in the wrong client");
        @SuppressWarnings("unchecked")
        ComboBox<VisitStatus> status = _get(ComboBox.class, s -> s.withId("visits-status"));
        _setValue(status, VisitStatus.NORMAL);
        assertThat(rows()).isEmpty();
        _setValue(status, VisitStatus.VOIDED);
        assertThat(rows()).extracting(VisitRow::id).containsExactly(colleagues);
    }

    @Test
    void a_supervisor_corrects_the_route_and_reads_the_change_in_the_history() {
        signIn("supervisor-" + site.id(), List.of(site.id()), Role.SUPERVISOR);
        navigate("visits");

        _click(action(0, "Correct"));
        @SuppressWarnings("unchecked")
        ComboBox<ConsumptionRoute> route = _get(ComboBox.class, s -> s.withId("correct-route"));
        _setValue(route, ConsumptionRoute.INTRANASAL);
        _setValue(_get(TextArea.class, s -> s.withId("correction-reason")), "Sniffed, not injected");
        _click(_get(Button.class, s -> s.withId("correct-submit")));

        assertThat(rows()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(VisitStatus.CORRECTED);
            assertThat(r.route()).isEqualTo(ConsumptionRoute.INTRANASAL);
        });
        _click(action(0, "History"));
        @SuppressWarnings("unchecked")
        Grid<VisitCorrection> history = _get(Grid.class, s -> s.withId("visit-history-grid"));
        assertThat(GridKt._size(history)).isOne();
        assertThat(GridKt._getFormattedRow(history, 0)).contains("INJECTION", "INTRANASAL", "Sniffed, not injected",
                "supervisor-" + site.id());
    }

    @Test
    void staff_see_void_and_correct_on_their_own_fresh_check_in_only() throws Exception {
        signIn("staff-" + site.id(), List.of(site.id()), Role.STAFF);
        long own = checkIn(site.booth(1), ConsumptionRoute.INHALATION);
        navigate("visits");

        assertThat(rows()).extracting(VisitRow::id).containsExactly(own, colleagues);
        assertThat(buttons(0)).contains("Void", "Correct", "Move");
        assertThat(buttons(1)).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("visits-close-day"))).as("hidden").isEmpty();
    }

    @Test
    void a_supervisor_closes_the_day_from_the_toolbar() {
        signIn("supervisor-" + site.id(), List.of(site.id()), Role.SUPERVISOR);
        BoothFixture.startedMinutesAgo(jdbc, colleagues, 30);
        navigate("visits");

        _click(_get(Button.class, s -> s.withId("visits-close-day")));
        _setValue(_get(TextArea.class, s -> s.withId("correction-reason")), "Closing time");
        _click(_get(Button.class, s -> s.withId("close-day-submit")));

        assertThat(rows()).singleElement().satisfies(r -> {
            assertThat(r.endedAt()).isNotNull();
            assertThat(r.status()).isEqualTo(VisitStatus.CORRECTED);
        });
    }

    @Test
    void managers_read_the_visits_without_any_correction_action() {
        signIn("manager-" + site.id(), List.of(site.id()), Role.MANAGER);
        navigate("visits");

        assertThat(rows()).hasSize(1);
        assertThat(buttons(0)).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("visits-close-day"))).as("hidden").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Grid<VisitRow> grid() {
        return _get(Grid.class, s -> s.withId("visits-grid"));
    }

    private List<VisitRow> rows() {
        return GridKt._fetch(grid(), 0, 50);
    }

    private Button action(int row, String text) {
        Component cell = GridKt._getCellComponent(grid(), row, "actions");
        return _get(cell, Button.class, s -> s.withText(text));
    }

    private List<String> buttons(int row) {
        Component cell = GridKt._getCellComponent(grid(), row, "actions");
        return _find(cell, Button.class).stream().map(Button::getText).toList();
    }
}
