package org.dcrconsole.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The plan the stock forecast reads ({@link SiteService#openingPlan}) and the planned closures an
 * administrator keeps: what each day expects, who may edit and read, and bad input refused at
 * the field with nothing saved.
 */
@DcrSpringBootTest
@Tag("db")
class OpeningPlanTest {

    /** A Monday. */
    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @Autowired
    SiteService siteService;

    long site;
    long otherSite;

    @BeforeEach
    void setUp() throws Exception {
        site = newSite(3);
        otherSite = newSite(1);
    }

    @AfterEach
    void tearDown() {
        TestUsers.signOut();
    }

    /** A site open 10:00–20:00 Monday to Saturday (closed Sunday) with {@code booths} booths in service. */
    private long newSite(int booths) throws Exception {
        return asAdmin(() -> {
            Site s = new Site();
            s.setName("Plan " + UUID.randomUUID().toString().substring(0, 8));
            s.setCity("Testcity");
            List<OpeningHours> hours = new ArrayList<>();
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d != DayOfWeek.SUNDAY) {
                    hours.add(new OpeningHours(d, LocalTime.of(10, 0), LocalTime.of(20, 0)));
                }
            }
            s.setOpeningHours(hours);
            long id = siteService.saveSite(s).getId();
            for (int i = 1; i <= booths; i++) {
                Booth b = new Booth();
                b.setSiteId(id);
                b.setLabel("P" + i);
                siteService.saveBooth(b);
            }
            return id;
        });
    }

    private <T> T asAdmin(java.util.concurrent.Callable<T> work) throws Exception {
        return TestUsers.as(TestUsers.user("plan-admin", List.of(), Role.ADMIN), work);
    }

    private SiteClosure closure(long siteId, LocalDate first, LocalDate last, String reason) {
        SiteClosure c = new SiteClosure(siteId);
        c.setFirstDay(first);
        c.setLastDay(last);
        c.setReason(reason);
        return c;
    }

    @Test
    void the_plan_is_open_hours_times_booths_in_service_and_a_closed_day_plans_nothing() throws Exception {
        asAdmin(() -> siteService.saveClosure(closure(site, MONDAY.plusDays(1), MONDAY.plusDays(2), "Staff training")));
        TestUsers.signIn("plan-keeper", List.of(site), Role.STOCK_KEEPER);

        List<OpeningDay> plan = siteService.openingPlan(site, MONDAY, MONDAY.plusDays(6));

        assertThat(plan).extracting(OpeningDay::day).first().isEqualTo(MONDAY);
        assertThat(plan).extracting(OpeningDay::boothHours).containsExactly(30.0, 0.0, 0.0, 30.0, 30.0, 30.0, 0.0);
        assertThat(plan.get(1).closedFor()).isEqualTo("Staff training");
        assertThat(plan.get(6).closedFor()).isNull();
    }

    @Test
    void a_booth_out_of_service_plans_fewer_booth_hours() throws Exception {
        asAdmin(() -> {
            Booth b = siteService.boothsForEdit(site).getFirst();
            b.setInService(false);
            return siteService.saveBooth(b);
        });
        TestUsers.signIn("plan-manager", List.of(site), Role.MANAGER);

        assertThat(siteService.openingPlan(site, MONDAY, MONDAY).getFirst().boothHours()).isEqualTo(20.0);
    }

    @Test
    void stock_keepers_and_managers_read_the_plan_of_their_sites_only_and_floor_staff_and_admin_do_not() {
        TestUsers.signIn("plan-keeper2", List.of(site), Role.STOCK_KEEPER);
        assertThatThrownBy(() -> siteService.openingPlan(otherSite, MONDAY, MONDAY))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn("plan-staff", List.of(site), Role.STAFF, Role.SUPERVISOR);
        assertThatThrownBy(() -> siteService.openingPlan(site, MONDAY, MONDAY)).isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn("plan-admin2", List.of(site), Role.ADMIN);
        assertThatThrownBy(() -> siteService.openingPlan(site, MONDAY, MONDAY)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_an_administrator_plans_or_removes_closures() throws Exception {
        for (Role role : List.of(Role.STOCK_KEEPER, Role.MANAGER, Role.SUPERVISOR, Role.STAFF)) {
            TestUsers.signIn("plan-" + role, List.of(site), role);
            assertThatThrownBy(() -> siteService.saveClosure(closure(site, MONDAY, MONDAY, "Holiday")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> siteService.closures(site)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> siteService.deleteClosure(site, 1L)).isInstanceOf(AccessDeniedException.class);
        }
        SiteClosure saved = asAdmin(() -> siteService.saveClosure(closure(site, MONDAY, MONDAY, "Holiday")));
        assertThat(asAdmin(() -> siteService.closures(site))).extracting(SiteClosure::getReason).containsExactly("Holiday");
        asAdmin(() -> {
            siteService.deleteClosure(site, saved.getId());
            return null;
        });
        assertThat(asAdmin(() -> siteService.closures(site))).isEmpty();
    }

    @Test
    void a_closure_ending_before_it_starts_is_refused_at_its_last_day() {
        assertThatThrownBy(() -> asAdmin(() -> siteService.saveClosure(
                closure(site, MONDAY.plusDays(3), MONDAY.plusDays(2), "Holiday"))))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.field()).isEqualTo("lastDay");
                    assertThat(e.messageKey()).isEqualTo("site.closure.error.endBeforeStart");
                });
        assertNothingPlanned();
    }

    @Test
    void overlapping_closures_are_refused_but_adjacent_ones_and_other_sites_are_fine() throws Exception {
        asAdmin(() -> siteService.saveClosure(closure(site, MONDAY, MONDAY.plusDays(6), "Holiday")));
        assertThatThrownBy(() -> asAdmin(() -> siteService.saveClosure(
                closure(site, MONDAY.plusDays(6), MONDAY.plusDays(8), "Repairs"))))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.field()).isEqualTo("firstDay");
                    assertThat(e.messageKey()).isEqualTo("site.closure.error.overlap");
                });
        asAdmin(() -> siteService.saveClosure(closure(site, MONDAY.plusDays(7), MONDAY.plusDays(8), "Repairs")));
        asAdmin(() -> siteService.saveClosure(closure(otherSite, MONDAY, MONDAY.plusDays(6), "Holiday")));
        assertThat(asAdmin(() -> siteService.closures(site))).extracting(SiteClosure::getReason)
                .containsExactly("Holiday", "Repairs");
    }

    @Test
    void a_reason_too_long_or_blank_or_with_control_characters_is_refused_and_nothing_saved() {
        for (String bad : List.of("x".repeat(SiteClosure.REASON_MAX + 1), " ", "Holiday\u0000")) {
            assertThatThrownBy(() -> asAdmin(() -> siteService.saveClosure(closure(site, MONDAY, MONDAY, bad))))
                    .isInstanceOf(ConstraintViolationException.class);
        }
        assertNothingPlanned();
    }

    private SiteHoursChange hoursFrom(long siteId, LocalDate from, LocalTime opens, LocalTime closes) {
        SiteHoursChange c = new SiteHoursChange(siteId);
        c.setEffectiveFrom(from);
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            hours.add(new OpeningHours(d, opens, closes));
        }
        c.setHours(hours);
        return c;
    }

    @Test
    void a_dated_change_of_hours_applies_from_its_day_and_the_latest_change_wins() throws Exception {
        asAdmin(() -> siteService.saveHoursChange(hoursFrom(site, MONDAY.plusDays(2), LocalTime.of(8, 0),
                LocalTime.of(22, 0))));
        asAdmin(() -> siteService.saveHoursChange(hoursFrom(site, MONDAY.plusDays(5), LocalTime.of(20, 0),
                LocalTime.of(2, 0))));
        TestUsers.signIn("plan-keeper3", List.of(site), Role.STOCK_KEEPER);

        // Mon, Tue: 10 h (own hours); Wed–Fri: 14 h, open Sunday too; from Sat: 20:00–02:00 = 6 h; 3 booths
        assertThat(siteService.openingPlan(site, MONDAY, MONDAY.plusDays(6))).extracting(OpeningDay::boothHours)
                .containsExactly(30.0, 30.0, 42.0, 42.0, 42.0, 18.0, 18.0);
    }

    @Test
    void only_an_administrator_changes_hours_and_one_change_per_day() throws Exception {
        TestUsers.signIn("plan-keeper4", List.of(site), Role.STOCK_KEEPER, Role.MANAGER);
        assertThatThrownBy(() -> siteService.saveHoursChange(hoursFrom(site, MONDAY, LocalTime.of(8, 0),
                LocalTime.of(22, 0)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> siteService.hoursChanges(site)).isInstanceOf(AccessDeniedException.class);
        TestUsers.signOut();
        asAdmin(() -> siteService.saveHoursChange(hoursFrom(site, MONDAY, LocalTime.of(8, 0), LocalTime.of(22, 0))));
        assertThatThrownBy(() -> asAdmin(() -> siteService.saveHoursChange(hoursFrom(site, MONDAY, LocalTime.of(9, 0),
                LocalTime.of(21, 0))))).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.field()).isEqualTo("effectiveFrom"));
        assertThatThrownBy(() -> asAdmin(() -> siteService.saveHoursChange(hoursFrom(site, MONDAY.plusDays(1),
                LocalTime.of(9, 0), LocalTime.of(9, 0))))).isInstanceOf(BusinessException.class);
        assertThat(asAdmin(() -> siteService.hoursChanges(site))).extracting(SiteHoursChange::getEffectiveFrom)
                .containsExactly(MONDAY);
    }

    private void assertNothingPlanned() {
        try {
            assertThat(asAdmin(() -> siteService.closures(site))).isEmpty();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
