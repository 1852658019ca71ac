package org.dcrconsole.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dcrconsole.roster.RosterFixture.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@DcrSpringBootTest
class RosterServiceTest {

    @Autowired
    RosterService roster;
    @Autowired
    StaffService staffService;
    @Autowired
    SiteService siteService;
    @Autowired
    UserService userService;

    RosterFixture fixture;
    long siteA;
    long siteB;
    StaffProfile medic;
    StaffProfile worker;
    StaffProfile atB;
    LocalDate monday = RosterFixture.mondayIn(20);

    @BeforeEach
    void seed() {
        fixture = new RosterFixture(siteService, staffService, userService);
        siteA = fixture.site(1);
        siteB = fixture.site(1);
        medic = fixture.staff(Set.of(siteA), "Mona Medic", 40, null, Qualification.MEDICAL);
        worker = fixture.staff(Set.of(siteA), "Wim Worker", 20, null);
        atB = fixture.staff(Set.of(siteB), "Bea B", 40, null, Qualification.MEDICAL);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    void manager(long... sites) {
        TestUsers.signIn("manager-" + sites[0], java.util.Arrays.stream(sites).boxed().toList(), Role.MANAGER);
    }

    PlannedShift draft(StaffProfile p, long site, LocalDate day, int from, int to) {
        return PlannedShift.draft(p.id(), site, at(day, from), at(day, to), ShiftPosition.INJECTION_ROOM);
    }

    @Test
    void a_manager_plans_a_shift_and_sees_it_in_the_week() {
        manager(siteA);
        PlannedShift saved = roster.save(siteA, draft(medic, siteA, monday, 11, 17), false);

        WeekRoster week = roster.week(siteA, monday);
        assertThat(week.shifts()).extracting(PlannedShift::id).containsExactly(saved.id());
        assertThat(saved.status()).isEqualTo(ShiftStatus.DRAFT);
        assertThat(week.staff()).extracting(StaffProfile::name).containsExactly("Mona Medic", "Wim Worker");
        // 11-17 covered by a medic: head count 1 and medical cover hold; 17-23 break both
        assertThat(week.coverage().stream().filter(h -> h.openingDay().equals(monday) && h.ok()))
                .extracting(HourCoverage::start).containsExactly(at(monday, 11), at(monday, 12), at(monday, 13),
                        at(monday, 14), at(monday, 15), at(monday, 16));
    }

    @Test
    void an_overlapping_shift_is_refused() {
        manager(siteA);
        roster.save(siteA, draft(worker, siteA, monday, 11, 17), false);
        assertThatThrownBy(() -> roster.save(siteA, draft(worker, siteA, monday, 16, 20), true))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("shift.error.overlap"));
        assertThat(roster.week(siteA, monday).shifts()).hasSize(1);
    }

    @Test
    void a_shift_with_a_warning_is_saved_only_after_confirming_and_stays_flagged() {
        manager(siteA);
        PlannedShift longShift = draft(worker, siteA, monday, 11, 22);
        assertThat(roster.check(siteA, longShift)).extracting(ShiftIssue::kind).containsExactly(ShiftIssueKind.TOO_LONG);
        assertThatThrownBy(() -> roster.save(siteA, longShift, false))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("shift.error.unconfirmed"));

        PlannedShift saved = roster.save(siteA, longShift, true);

        assertThat(roster.week(siteA, monday).issuesOf(saved)).extracting(ShiftIssue::kind)
                .containsExactly(ShiftIssueKind.TOO_LONG);
    }

    @Test
    void a_shift_is_moved_to_another_person_and_a_stale_copy_cannot_overwrite_or_delete_it() {
        manager(siteA);
        PlannedShift saved = roster.save(siteA, draft(worker, siteA, monday, 11, 17), false);
        PlannedShift moved = new PlannedShift(saved.id(), saved.version(), medic.id(), siteA, at(monday.plusDays(1), 12),
                at(monday.plusDays(1), 18), ShiftPosition.RECEPTION, saved.status());
        PlannedShift after = roster.save(siteA, moved, false);
        assertThat(after.staffMemberId()).isEqualTo(medic.id());
        assertThat(after.version()).isGreaterThan(saved.version());

        assertThatThrownBy(() -> roster.save(siteA, saved, false))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> roster.delete(siteA, saved.id(), saved.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        roster.delete(siteA, after.id(), after.version());
        assertThat(roster.week(siteA, monday).shifts()).isEmpty();
    }

    @Test
    void copying_the_previous_week_makes_drafts_at_the_same_local_times_and_publishing_publishes_them() {
        manager(siteA);
        LocalDate previous = monday.minusWeeks(1);
        roster.save(siteA, draft(medic, siteA, previous, 11, 17), false);
        roster.save(siteA, draft(worker, siteA, previous.plusDays(2), 17, 23), false);
        roster.save(siteA, draft(worker, siteA, monday.plusDays(2), 16, 20), false); // the copy would overlap this

        CopyResult result = roster.copyPreviousWeek(siteA, monday);

        assertThat(result).isEqualTo(new CopyResult(1, 1));
        WeekRoster week = roster.week(siteA, monday);
        assertThat(week.shifts()).anyMatch(s -> s.staffMemberId() == medic.id() && s.start().equals(at(monday, 11))
                && s.status() == ShiftStatus.DRAFT);
        assertThat(roster.publishWeek(siteA, monday)).isEqualTo(2);
        assertThat(roster.week(siteA, monday).shifts()).allMatch(PlannedShift::isPublished);
        assertThat(roster.week(siteA, previous).shifts()).noneMatch(PlannedShift::isPublished);
    }

    @Test
    void understaffed_hours_count_published_shifts_only() {
        manager(siteA);
        Instant from = at(monday, 0);
        Instant to = at(monday.plusDays(1), 0);
        roster.save(siteA, draft(medic, siteA, monday, 11, 21), false);
        assertThat(roster.understaffedHours(siteA, from, to)).hasSize(12);
        roster.publishWeek(siteA, monday);
        List<HourCoverage> gaps = roster.understaffedHours(siteA, from, to);
        assertThat(gaps).extracting(HourCoverage::start).containsExactly(at(monday, 21), at(monday, 22));
        assertThat(gaps.getFirst().breaches()).contains(new RuleBreach(StaffingRule.HEAD_COUNT, 1, 0));
        OnDuty noon = roster.staffOnDuty(siteA, at(monday, 12));
        assertThat(noon.headCount()).isEqualTo(1);
        assertThat(noon.medical()).isEqualTo(1);
        assertThat(noon.enough()).isTrue();
    }

    @Test
    void fill_gaps_proposes_and_accepting_saves_drafts_that_cover_the_day() {
        manager(siteA);
        roster.save(siteA, draft(medic, siteA, monday, 11, 17), false);
        FillProposal proposal = roster.proposeFill(siteA, monday);
        assertThat(proposal.brokenHoursBefore()).isEqualTo(7 * 12 - 6);
        assertThat(proposal.shifts()).isNotEmpty();
        assertThat(proposal.closedHours()).isPositive();

        int saved = roster.acceptProposals(siteA, proposal.shifts());

        assertThat(saved).isEqualTo(proposal.shifts().size());
        assertThat(roster.understaffedHours(siteA, at(monday, 0), at(monday.plusWeeks(1), 0))).hasSize(7 * 12);
        assertThat(roster.week(siteA, monday).coverage().stream().filter(h -> !h.ok()))
                .hasSize(proposal.brokenHoursAfter());
    }

    @Test
    void staff_see_only_their_own_published_shifts_and_the_calendar_parses_back_to_them() throws Exception {
        SignedInUser me = fixture.user(Set.of(siteA), Role.STAFF);
        StaffProfile mine = fixture.staff(Set.of(siteA), "Sara Staff", 40, me.userId(), Qualification.MEDICAL);
        LocalDate tomorrow = LocalDate.now(RosterFixture.BERLIN).plusDays(1);
        manager(siteA);
        PlannedShift published = roster.save(siteA, draft(mine, siteA, tomorrow, 11, 17), false);
        roster.save(siteA, draft(worker, siteA, tomorrow, 11, 17), false);
        roster.publishWeek(siteA, tomorrow.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)));
        roster.save(siteA, draft(mine, siteA, tomorrow.plusDays(1), 11, 17), false); // draft: not shown
        roster.save(siteA, draft(mine, siteA, tomorrow.plusWeeks(5), 11, 17), false); // beyond four weeks

        TestUsers.signIn(me);
        List<MyShift> shifts = roster.myShifts();
        assertThat(shifts).extracting(m -> m.shift().id()).containsExactly(published.id());
        assertThat(roster.isLinkedToStaff()).isTrue();

        List<IcsCalendar.Event> events = IcsCalendarTest.parse(roster.myShiftsIcs(Locale.GERMAN));
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().uid()).isEqualTo("shift-" + published.id() + "@dcr-console");
        assertThat(events.getFirst().start()).isEqualTo(published.start());
        assertThat(events.getFirst().end()).isEqualTo(published.end());
        assertThat(events.getFirst().summary()).contains("Injektionsraum");
    }

    @Test
    void a_manager_of_site_a_cannot_read_or_change_shifts_of_site_b() {
        TestUsers.signIn("manager-b", List.of(siteB), Role.MANAGER);
        PlannedShift atSiteB = roster.save(siteB, draft(atB, siteB, monday, 11, 17), false);

        manager(siteA);
        assertThatThrownBy(() -> roster.week(siteB, monday)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.save(siteB, draft(atB, siteB, monday, 18, 20), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.delete(siteB, atSiteB.id(), atSiteB.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.understaffedHours(siteB, at(monday, 0), at(monday, 23)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staffService.staffOfSite(siteB)).isInstanceOf(AccessDeniedException.class);
        // another site's shift or person through one's own site id is "not found"
        assertThatThrownBy(() -> roster.delete(siteA, atSiteB.id(), atSiteB.version()))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> roster.save(siteA, draft(atB, siteA, monday, 11, 17), false))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> staffService.getForEdit(siteA, atB.id())).isInstanceOf(BusinessException.class);
        assertThat(roster.week(siteA, monday).shifts()).isEmpty();
    }

    @Test
    void only_managers_plan() {
        for (Role role : List.of(Role.STAFF, Role.SUPERVISOR, Role.STOCK_KEEPER, Role.ADMIN)) {
            TestUsers.signIn("not-a-manager", List.of(siteA), role);
            assertThatThrownBy(() -> roster.week(siteA, monday)).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> roster.check(siteA, draft(medic, siteA, monday, 11, 17)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> roster.save(siteA, draft(medic, siteA, monday, 11, 17), true))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> roster.delete(siteA, 1L, 0)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> roster.copyPreviousWeek(siteA, monday)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> roster.publishWeek(siteA, monday)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> roster.proposeFill(siteA, monday)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> roster.acceptProposals(siteA, List.of())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staffService.staffOfSite(siteA)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staffService.getForEdit(siteA, medic.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staffService.save(siteA, new StaffMember())).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_dashboard_reads_are_open_to_their_roles_only() {
        Instant from = at(monday, 0);
        Instant to = at(monday.plusDays(1), 0);
        for (Role role : List.of(Role.SUPERVISOR, Role.MANAGER)) {
            TestUsers.signIn("reader", List.of(siteA), role);
            assertThat(roster.understaffedHours(siteA, from, to)).hasSize(12);
        }
        for (Role role : List.of(Role.STAFF, Role.SUPERVISOR, Role.MANAGER)) {
            TestUsers.signIn("floor", List.of(siteA), role);
            assertThat(roster.staffOnDuty(siteA, at(monday, 12)).open()).isTrue();
            assertThat(roster.myShifts()).isEmpty();
            assertThat(roster.isLinkedToStaff()).isFalse();
        }
        for (Role role : List.of(Role.STAFF, Role.STOCK_KEEPER, Role.ADMIN)) {
            TestUsers.signIn("no-reader", List.of(siteA), role);
            assertThatThrownBy(() -> roster.understaffedHours(siteA, from, to)).isInstanceOf(AccessDeniedException.class);
        }
        for (Role role : List.of(Role.STOCK_KEEPER, Role.ADMIN)) {
            TestUsers.signIn("off-floor", List.of(siteA), role);
            assertThatThrownBy(() -> roster.staffOnDuty(siteA, from)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> roster.myShifts()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> roster.myShiftsIcs(Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.signOut();
        assertThatThrownBy(() -> roster.myShifts()).isInstanceOf(Exception.class);
    }

    @Test
    void a_staff_member_keeps_sites_the_manager_does_not_hold() {
        StaffProfile both = fixture.staff(Set.of(siteA, siteB), "Both Sites", 30, null);
        manager(siteA);
        StaffMember m = staffService.getForEdit(siteA, both.id());
        m.setSiteIds(Set.of(siteA));
        m.setContractedHours(25);
        StaffMember saved = staffService.save(siteA, m);
        assertThat(saved.getSiteIds()).containsExactlyInAnyOrder(siteA, siteB);
        assertThat(saved.getContractedHours()).isEqualTo(25);
    }

    @Test
    void a_staff_member_needs_a_site_and_a_sign_in_links_to_one_person_only() {
        SignedInUser login = fixture.user(Set.of(siteA), Role.STAFF);
        fixture.staff(Set.of(siteA), "First", 30, login.userId());
        manager(siteA);
        StaffMember second = new StaffMember();
        second.setName("Second");
        second.setUserId(login.userId());
        second.setSiteIds(Set.of(siteA));
        assertThatThrownBy(() -> staffService.save(siteA, second)).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("staff.error.userTaken"));
        StaffMember nowhere = new StaffMember();
        nowhere.setName("Nowhere");
        nowhere.setSiteIds(Set.of(siteB));
        assertThatThrownBy(() -> staffService.save(siteA, nowhere)).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo("staff.error.noSite"));
    }

    @Test
    void a_shift_during_an_absence_is_flagged_in_the_week() {
        manager(siteA);
        StaffMember m = staffService.getForEdit(siteA, worker.id());
        m.setAbsences(List.of(new Absence(AbsenceKind.SICKNESS, monday, monday.plusDays(1))));
        staffService.save(siteA, m);
        PlannedShift s = roster.save(siteA, draft(worker, siteA, monday.plusDays(1), 11, 15), true);
        assertThat(roster.week(siteA, monday).issuesOf(s)).extracting(ShiftIssue::kind)
                .containsExactly(ShiftIssueKind.DURING_ABSENCE);
    }
}
