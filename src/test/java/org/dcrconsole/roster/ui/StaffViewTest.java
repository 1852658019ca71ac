package org.dcrconsole.roster.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.roster.AbsenceKind;
import org.dcrconsole.roster.Profession;
import org.dcrconsole.roster.Qualification;
import org.dcrconsole.roster.RosterFixture;
import org.dcrconsole.roster.StaffProfile;
import org.dcrconsole.roster.StaffService;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StaffViewTest extends KaribuTest {

    @Autowired
    StaffService staffService;
    @Autowired
    SiteService siteService;
    @Autowired
    UserService userService;

    @Test
    void a_manager_adds_a_staff_member_with_an_absence() {
        long site = new RosterFixture(siteService, staffService, userService).site(2);
        signIn("manager", List.of(site), Role.MANAGER);
        navigate("staff");
        _click(_get(Button.class, spec -> spec.withId("new-staff")));
        StaffForm form = _get(StaffForm.class);
        _setValue(form.name, "Nadia Nurse");
        _setValue(form.profession, Profession.NURSE);
        _setValue(form.contractedHours, 32);
        _setValue(form.qualifications, Set.of(Qualification.MEDICAL, Qualification.NALOXONE));
        _setValue(form.absenceKind, AbsenceKind.TRAINING);
        _setValue(form.absenceFirst, LocalDate.of(2031, 5, 5));
        _setValue(form.absenceLast, LocalDate.of(2031, 5, 6));
        _click(form.addAbsence);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        List<StaffProfile> staff = RosterFixture.asManager(Set.of(site), () -> staffService.staffOfSite(site));
        assertThat(staff).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Nadia Nurse");
            assertThat(p.contractedHours()).isEqualTo(32);
            assertThat(p.isMedical()).isTrue();
            assertThat(p.siteIds()).containsExactly(site);
            assertThat(p.absences()).singleElement().satisfies(a -> {
                assertThat(a.getKind()).isEqualTo(AbsenceKind.TRAINING);
                assertThat(a.getLastDay()).isEqualTo(LocalDate.of(2031, 5, 6));
            });
        });
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("staff-grid")))).isEqualTo(1);
    }
}
