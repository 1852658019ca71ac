package org.dcrconsole.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.security.AppUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.OpeningHours;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A service call that writes several rows and fails at a later one leaves nothing behind: the
 * database constraint stops the bad row and the transaction takes the good rows with it.
 */
@DcrSpringBootTest
@Tag("db")
class TransactionAtomicityTest {

    @Autowired
    SiteService sites;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_new_site_whose_second_opening_hours_row_collides_is_not_written_at_all() {
        Site site = new Site();
        site.setName(OpsFixtures.unique("ops-atomic"));
        site.setCity("Ops City");
        site.setOpeningHours(List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)),
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(22, 0))));

        assertThatThrownBy(() -> TestUsers.as(OpsFixtures.ADMIN, () -> sites.saveSite(site)))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM site WHERE name = ?", Integer.class, site.getName()))
                .as("the site row written before the failing opening hours row").isZero();
    }

    @Test
    void an_edit_that_fails_at_the_opening_hours_keeps_the_site_as_it_was() throws Exception {
        Site created = OpsFixtures.newSite(sites, "ops-atomic");
        long id = created.getId();
        Site edit = TestUsers.as(OpsFixtures.ADMIN, () -> sites.getForEdit(id));
        edit.setCity("Changed City");
        edit.setOpeningHours(List.of(new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)),
                new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(22, 0))));

        assertThatThrownBy(() -> TestUsers.as(OpsFixtures.ADMIN, () -> sites.saveSite(edit)))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(jdbc.queryForMap("SELECT city, version FROM site WHERE id = ?", id))
                .containsEntry("city", "Ops City")
                .containsEntry("version", created.getVersion());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM site_opening_hours WHERE site_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void a_user_linked_to_a_missing_site_leaves_no_user_and_no_roles_behind() {
        AppUser user = new AppUser();
        user.setUsername(OpsFixtures.unique("ops-atomic"));
        user.setDisplayName("Half Written");
        user.setRoles(Set.of(Role.STAFF, Role.SUPERVISOR));
        user.setSiteIds(Set.of(Long.MAX_VALUE - 7));

        assertThatThrownBy(() -> TestUsers.as(OpsFixtures.ADMIN, () -> users.save(user, "a-fine-password-1")))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class,
                user.getUsername())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user_role r LEFT JOIN app_user u ON u.id = r.user_id "
                + "WHERE u.id IS NULL", Integer.class)).as("role rows without their user").isZero();
    }
}
