package org.dcrconsole.roster.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dcrconsole.roster.RosterFixture.BERLIN;
import static org.dcrconsole.roster.RosterFixture.at;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.roster.MyShift;
import org.dcrconsole.roster.PlannedShift;
import org.dcrconsole.roster.Qualification;
import org.dcrconsole.roster.RosterFixture;
import org.dcrconsole.roster.RosterService;
import org.dcrconsole.roster.ShiftPosition;
import org.dcrconsole.roster.StaffProfile;
import org.dcrconsole.roster.StaffService;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.BeforeEach;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class RosterViewTest extends KaribuTest {

    @Autowired
    RosterService rosterService;
    @Autowired
    StaffService staffService;
    @Autowired
    SiteService siteService;
    @Autowired
    UserService userService;

    RosterFixture fixture;
    long site;
    StaffProfile medic;
    StaffProfile worker;
    /** The week the planner opens on; Wednesday is inside it whatever today is. */
    LocalDate monday = LocalDate.now(BERLIN).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate wednesday = monday.plusDays(2);

    @BeforeEach
    void seed() {
        fixture = new RosterFixture(siteService, staffService, userService);
        site = fixture.site(1);
        medic = fixture.staff(Set.of(site), "Mona Medic", 40, null, Qualification.MEDICAL);
        worker = fixture.staff(Set.of(site), "Wim Worker", 40, null);
    }

    void openPlanner() {
        signIn("manager", List.of(site), Role.MANAGER);
        navigate("roster");
    }

    List<PlannedShift> shiftsThisWeek() {
        return RosterFixture.asManager(Set.of(site), () -> rosterService.week(site, monday).shifts());
    }

    PlannedShift saved(StaffProfile p, LocalDate day, int from, int to) {
        return RosterFixture.asManager(Set.of(site), () -> rosterService.save(site,
                PlannedShift.draft(p.id(), site, at(day, from), at(day, to), ShiftPosition.RECEPTION), true));
    }

    @Test
    void a_manager_creates_a_shift_in_the_week() {
        openPlanner();
        clickInWeek("add-" + medic.id() + "-" + wednesday);
        ShiftDialog dialog = _get(ShiftDialog.class);
        _setValue(dialog.start, LocalTime.of(11, 0));
        _setValue(dialog.end, LocalTime.of(17, 0));
        _click(dialog.getSaveButton());

        assertThat(shiftsThisWeek()).singleElement().satisfies(s -> {
            assertThat(s.staffMemberId()).isEqualTo(medic.id());
            assertThat(s.start()).isEqualTo(at(wednesday, 11));
            assertThat(s.end()).isEqualTo(at(wednesday, 17));
        });
        Element chip = shiftChip(shiftsThisWeek().getFirst());
        assertThat(chip.classNames()).contains("shift-chip", "draft").doesNotContain("flagged");
        _assertNone(ShiftDialog.class);
    }

    @Test
    void a_manager_moves_a_shift_to_another_person_and_day() {
        PlannedShift shift = saved(medic, wednesday, 11, 17);
        openPlanner();
        clickInWeek("shift-" + shift.id());
        ShiftDialog dialog = _get(ShiftDialog.class);
        _setValue(dialog.person, worker);
        _setValue(dialog.day, wednesday.plusDays(1));
        _setValue(dialog.start, LocalTime.of(12, 0));
        _setValue(dialog.end, LocalTime.of(18, 0));
        _click(dialog.getSaveButton());

        assertThat(shiftsThisWeek()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(shift.id());
            assertThat(s.staffMemberId()).isEqualTo(worker.id());
            assertThat(s.start()).isEqualTo(at(wednesday.plusDays(1), 12));
        });
    }

    @Test
    void a_manager_deletes_a_shift_after_confirming() {
        PlannedShift shift = saved(medic, wednesday, 11, 17);
        openPlanner();
        clickInWeek("shift-" + shift.id());
        _click(_get(Button.class, spec -> spec.withId("delete-shift")));
        _click(_get(Button.class, spec -> spec.withId("confirm-delete")));

        assertThat(shiftsThisWeek()).isEmpty();
        assertNotInWeek("shift-" + shift.id());
    }

    @Test
    void a_long_shift_is_saved_only_after_the_warning_is_confirmed_and_stays_flagged() {
        openPlanner();
        clickInWeek("add-" + worker.id() + "-" + wednesday);
        ShiftDialog dialog = _get(ShiftDialog.class);
        _setValue(dialog.start, LocalTime.of(11, 0));
        _setValue(dialog.end, LocalTime.of(22, 30));
        _click(dialog.getSaveButton());

        Dialog warnings = _get(Dialog.class, spec -> spec.withId("shift-warnings"));
        assertThat(_find(warnings, ListItem.class)).extracting(ListItem::getText)
                .containsExactly("Duty of 11:30 h (at most 10:00 h)");
        assertThat(shiftsThisWeek()).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("confirm-warnings")));

        PlannedShift saved = shiftsThisWeek().getFirst();
        Element chip = shiftChip(saved);
        assertThat(chip.classNames()).contains("flagged");
        assertThat(chip.attr("title")).isEqualTo("Duty of 11:30 h (at most 10:00 h)");
    }

    @Test
    void cancelling_the_warning_saves_nothing() {
        saved(worker, wednesday.minusDays(1), 15, 23);
        openPlanner();
        clickInWeek("add-" + worker.id() + "-" + wednesday);
        ShiftDialog dialog = _get(ShiftDialog.class);
        _setValue(dialog.start, LocalTime.of(7, 0));
        _setValue(dialog.end, LocalTime.of(12, 0));
        _click(dialog.getSaveButton());

        Dialog warnings = _get(Dialog.class, spec -> spec.withId("shift-warnings"));
        assertThat(_find(warnings, ListItem.class)).extracting(ListItem::getText)
                .containsExactly("Only 8:00 h rest before (at least 11:00 h)");
        _click(_get(warnings, Button.class, spec -> spec.withText("Cancel")));
        assertThat(shiftsThisWeek()).hasSize(1);
    }

    @Test
    void an_overlapping_shift_is_refused_at_the_start_field() {
        saved(worker, wednesday, 11, 17);
        openPlanner();
        clickInWeek("add-" + worker.id() + "-" + wednesday);
        ShiftDialog dialog = _get(ShiftDialog.class);
        _setValue(dialog.start, LocalTime.of(15, 0));
        _setValue(dialog.end, LocalTime.of(20, 0));
        _click(dialog.getSaveButton());

        assertThat(dialog.start.isInvalid()).isTrue();
        assertThat(dialog.start.getErrorMessage()).isEqualTo("Overlaps another shift of this person by 120 minutes");
        _assertNone(Dialog.class, spec -> spec.withId("shift-warnings"));
        assertThat(shiftsThisWeek()).hasSize(1);
    }

    @Test
    void the_coverage_strip_marks_the_hours_that_break_a_rule_and_says_why() {
        saved(medic, wednesday, 11, 17);
        saved(worker, wednesday, 11, 20);
        openPlanner();

        for (int hour = 11; hour < 23; hour++) {
            Element span = inWeek("span", hourId(wednesday, hour));
            assertThat(span.classNames()).as("hour " + hour).contains(hour < 17 ? "ok" : "broken");
        }
        assertThat(inWeek("span", hourId(wednesday, 18)).attr("title"))
                .isEqualTo("18:00–19:00: 1 on duty, 0 medical · No medically qualified person");
        Element late = inWeek("span", hourId(wednesday, 21));
        assertThat(late.attr("title")).isEqualTo(
                "21:00–22:00: 0 on duty, 0 medical · Head count 0 of 1 (short by 1) · No medically qualified person");
        clickInWeek(late.id());
        assertThat(_get(Span.class, spec -> spec.withId("coverage-detail")).getText()).isEqualTo(late.attr("title"));
        assertThat(week().select("span.coverage-hour")).hasSize(7 * 12);
    }

    @Test
    void enter_on_a_focused_shift_or_hour_acts_as_a_click() {
        PlannedShift shift = saved(medic, wednesday, 11, 17);
        openPlanner();
        String hour = hourId(wednesday, 12);
        pressEnterInWeek(hour);
        assertThat(_get(Span.class, spec -> spec.withId("coverage-detail")).getText())
                .isEqualTo(inWeek("span", hour).attr("title"));
        pressEnterInWeek("shift-" + shift.id());
        assertThat(_get(ShiftDialog.class).person.getValue().id()).isEqualTo(medic.id());
    }

    @Test
    void a_click_beside_the_shifts_hours_and_add_buttons_does_nothing() {
        saved(medic, wednesday, 11, 17);
        openPlanner();
        clickInWeek("coverage-" + wednesday);
        pressEnterInWeek("add-" + medic.id() + "-" + wednesday);
        _assertNone(ShiftDialog.class);
        assertThat(_get(Span.class, spec -> spec.withId("coverage-detail")).getText()).isEmpty();
    }

    private static String hourId(LocalDate day, int hour) {
        return "hour-" + RosterView.HOUR_ID.format(ZonedDateTime.of(day, LocalTime.of(hour, 0), BERLIN));
    }

    /** The week as the browser builds it from the markup the view sends. */
    private static Document week() {
        Div week = _get(Div.class, spec -> spec.withId("roster-week"));
        return Jsoup.parseBodyFragment(week.getElement().getProperty("innerHTML", ""));
    }

    private static Element inWeek(String id) {
        Element e = week().getElementById(id);
        assertThat(e).as(id + " in the week").isNotNull();
        return e;
    }

    private static Element inWeek(String tag, String id) {
        Element e = inWeek(id);
        assertThat(e.tagName()).as(id).isEqualTo(tag);
        return e;
    }

    private static Element shiftChip(PlannedShift shift) {
        return inWeek("div", "shift-" + shift.id());
    }

    private static void assertNotInWeek(String id) {
        assertThat(week().getElementById(id)).as(id + " in the week").isNull();
    }

    /**
     * Clicks the element with this id in the week as the browser reports it: a click on the week
     * whose data the view's expression reads off the element as drawn.
     */
    private static void clickInWeek(String id) {
        BasicUtilsKt._fireDomEvent(_get(Div.class, spec -> spec.withId("roster-week")), "click", eventData(id));
    }

    /** Presses Enter on the focused element with this id; the browser sends it only if the filter holds there. */
    private static void pressEnterInWeek(String id) {
        ObjectNode data = eventData(id).put(RosterView.ACTIVATE_KEY, inWeek(id).is(RosterView.KEY_ACTIVATED));
        BasicUtilsKt._fireDomEvent(_get(Div.class, spec -> spec.withId("roster-week")), "keydown", data);
    }

    private static ObjectNode eventData(String id) {
        Element clickable = inWeek(id).closest(RosterView.CLICKABLE);
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        if (clickable != null) {
            data.put(RosterView.CLICKED, clickable.id());
        }
        return data;
    }

    @Test
    void the_manager_goes_to_next_week_and_copies_this_week_into_it() {
        PlannedShift shift = saved(medic, wednesday, 11, 17);
        openPlanner();
        _click(_get(Button.class, spec -> spec.withId("next-week")));
        assertNotInWeek("shift-" + shift.id());
        assertThat(_get(H2.class, spec -> spec.withId("week-label")).getText())
                .startsWith("Week " + monday.plusWeeks(1).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));

        _click(_get(Button.class, spec -> spec.withId("copy-week")));

        List<PlannedShift> next = RosterFixture.asManager(Set.of(site),
                () -> rosterService.week(site, monday.plusWeeks(1)).shifts());
        assertThat(next).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(at(wednesday.plusWeeks(1), 11));
            assertThat(s.isPublished()).isFalse();
        });
        assertThat(shiftChip(next.getFirst()).classNames()).contains("draft");
        _click(_get(Button.class, spec -> spec.withId("previous-week")));
        shiftChip(shift);
    }

    @Test
    void publishing_the_week_publishes_the_drafts() {
        PlannedShift shift = saved(medic, wednesday, 11, 17);
        openPlanner();
        _click(_get(Button.class, spec -> spec.withId("publish-week")));
        assertThat(shiftsThisWeek()).allMatch(PlannedShift::isPublished);
        assertThat(shiftChip(shift).classNames()).contains("published");
    }

    @Test
    void fill_gaps_proposes_shifts_the_manager_accepts() {
        saved(medic, wednesday, 11, 17);
        openPlanner();
        _click(_get(Button.class, spec -> spec.withId("fill-gaps")));
        Grid<?> proposals = _get(Grid.class, spec -> spec.withId("fill-gaps-grid"));
        int proposed = GridKt._size(proposals);
        assertThat(proposed).isPositive();
        _click(_get(Button.class, spec -> spec.withId("accept-fill")));
        assertThat(shiftsThisWeek()).hasSize(1 + proposed);
    }

    @Test
    void staff_see_only_their_own_published_shifts_with_a_calendar_download() {
        SignedInUser me = fixture.user(Set.of(site), Role.STAFF);
        StaffProfile mine = fixture.staff(Set.of(site), "Sara Staff", 40, me.userId(), Qualification.MEDICAL);
        LocalDate tomorrow = LocalDate.now(BERLIN).plusDays(1);
        PlannedShift published = saved(mine, tomorrow, 11, 17);
        saved(worker, tomorrow, 11, 17);
        RosterFixture.asManager(Set.of(site), () -> rosterService.publishWeek(site,
                tomorrow.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
        saved(mine, tomorrow.plusDays(1), 11, 17); // a draft

        signIn("staff", List.of(site), Role.STAFF);
        TestUsers.signIn(me);
        navigate("roster");

        @SuppressWarnings("unchecked")
        Grid<MyShift> grid = _get(Grid.class, spec -> spec.withId("my-shifts"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).shift().id()).isEqualTo(published.id());
        assertThat(_get(Anchor.class, spec -> spec.withId("ics-download")).getHref()).isNotBlank();
        _assertNone(Div.class, spec -> spec.withId("roster-week"));
        _assertNone(Button.class, spec -> spec.withId("publish-week"));
    }

    @Test
    void a_stock_keeper_is_denied_the_roster_and_staff_is_denied_the_staff_list() {
        signIn("stock", List.of(site), Role.STOCK_KEEPER);
        assertThrows(MockAccessDeniedException.class, () -> navigate("roster"));
        assertThrows(MockAccessDeniedException.class, () -> navigate("staff"));
        signIn("staff", List.of(site), Role.STAFF);
        assertThrows(MockAccessDeniedException.class, () -> navigate("staff"));
        signIn("admin", List.of(site), Role.ADMIN);
        assertThrows(MockAccessDeniedException.class, () -> navigate("roster"));
    }
}
