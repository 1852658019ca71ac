package org.dcrconsole.site.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteClosure;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator plans a closure of a site on /admin, clicking and typing; bad input stays at the field. */
class ClosureDialogTest extends KaribuTest {

    static final LocalDate FIRST = LocalDate.of(2027, 4, 5);

    @Autowired
    SiteService siteService;

    private Site site;

    @BeforeEach
    void openTheClosureDialog() throws Exception {
        openSiteAction("site-closure-add");
    }

    private void openSiteAction(String buttonClass) throws Exception {
        site = TestUsers.as(TestUsers.user("closure-setup", List.of(), Role.ADMIN), () -> {
            Site s = new Site();
            s.setName("Closure " + UUID.randomUUID().toString().substring(0, 8));
            s.setCity("Bonn");
            return siteService.saveSite(s);
        });
        signIn("closure-admin", List.of(), Role.ADMIN);
        navigate("admin");
        _get(TabSheet.class).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<Site> grid = _find(Grid.class).stream().filter(g -> GridKt._size(g) > 0
                && GridKt._get(g, 0) instanceof Site).findFirst().orElseThrow();
        int row = 0;
        while (!GridKt._get(grid, row).getId().equals(site.getId())) {
            row++;
        }
        _click(_get(GridKt._getCellComponent(grid, row, "actions"), Button.class,
                s -> s.withClasses(buttonClass)));
    }

    private void fill(LocalDate first, LocalDate last, String reason) {
        _setValue(_get(DatePicker.class, s -> s.withLabel("First day closed")), first);
        _setValue(_get(DatePicker.class, s -> s.withLabel("Last day closed")), last);
        _setValue(_get(TextField.class, s -> s.withLabel("Reason")), reason);
        _click(_get(FormDialog.class, s -> s.withId("closure-dialog")).getSaveButton());
    }

    private List<SiteClosure> closures() throws Exception {
        return TestUsers.as(TestUsers.user("closure-check", List.of(), Role.ADMIN), () -> siteService.closures(site.getId()));
    }

    @Test
    void an_administrator_plans_a_holiday_week() throws Exception {
        fill(FIRST, FIRST.plusDays(6), "Holiday week");

        _assertNone(FormDialog.class, s -> s.withId("closure-dialog"));
        assertThat(closures()).extracting(SiteClosure::getFirstDay, SiteClosure::getLastDay, SiteClosure::getReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FIRST, FIRST.plusDays(6), "Holiday week"));
    }

    @Test
    void a_last_day_before_the_first_is_shown_at_the_last_day_and_nothing_is_saved() throws Exception {
        fill(FIRST, FIRST.minusDays(1), "Holiday week");

        DatePicker last = _get(DatePicker.class, s -> s.withLabel("Last day closed"));
        assertThat(last.isInvalid()).isTrue();
        assertThat(last.getErrorMessage()).isEqualTo("The last day may not be before the first day");
        assertThat(closures()).isEmpty();
    }

    @Test
    void a_reason_is_required() throws Exception {
        fill(FIRST, FIRST, "");

        TextField reason = _get(TextField.class, s -> s.withLabel("Reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Required");
        assertThat(closures()).isEmpty();
    }

    @Test
    void an_administrator_sets_longer_hours_from_a_date_and_the_date_is_required() throws Exception {
        _click(_get(Button.class, s -> s.withText("Cancel")));
        openSiteAction("site-hours-change");
        FormDialog dialog = _get(FormDialog.class, s -> s.withId("hours-change-dialog"));
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, s -> s.withLabel("Monday")), true);
        List<com.vaadin.flow.component.timepicker.TimePicker> times = _find(dialog,
                com.vaadin.flow.component.timepicker.TimePicker.class);
        _setValue(times.get(0), java.time.LocalTime.of(8, 0));
        _setValue(times.get(1), java.time.LocalTime.of(22, 0));
        _click(dialog.getSaveButton());
        DatePicker from = _get(DatePicker.class, s -> s.withLabel("New hours from"));
        assertThat(from.isInvalid()).isTrue();

        _setValue(from, FIRST);
        _click(dialog.getSaveButton());

        _assertNone(FormDialog.class, s -> s.withId("hours-change-dialog"));
        List<org.dcrconsole.site.SiteHoursChange> changes = TestUsers.as(TestUsers.user("closure-check", List.of(),
                Role.ADMIN), () -> siteService.hoursChanges(site.getId()));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.getEffectiveFrom()).isEqualTo(FIRST);
            assertThat(c.getHours()).containsExactly(new org.dcrconsole.site.OpeningHours(java.time.DayOfWeek.MONDAY,
                    java.time.LocalTime.of(8, 0), java.time.LocalTime.of(22, 0)));
        });
    }
}
