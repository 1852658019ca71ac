package org.dcrconsole.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.dcrconsole.site.OpeningHours;
import org.dcrconsole.site.SiteInfo;
import org.junit.jupiter.api.Test;

class StaffingRulesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final long SITE = 7;
    /** A Wednesday in an ordinary week. */
    static final LocalDate DAY = LocalDate.of(2026, 6, 10);

    private final AtomicLong ids = new AtomicLong(100);

    static SiteInfo site(LocalTime opens, LocalTime closes, int minHeadCount, int boothsPerStaff) {
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            hours.add(new OpeningHours(d, opens, closes));
        }
        return new SiteInfo(SITE, "Test", "Testcity", BERLIN, true, 30, 30, 30, 5, minHeadCount, boothsPerStaff,
                60, 24, 120, 240, hours);
    }

    static StaffProfile person(long id, int hours, Qualification... q) {
        return new StaffProfile(id, "P" + id, Profession.NURSE,
                q.length == 0 ? EnumSet.noneOf(Qualification.class) : EnumSet.copyOf(List.of(q)), hours, Set.of(SITE),
                List.of(), null);
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(BERLIN).toInstant();
    }

    static Instant at(LocalDate day, int hour) {
        return at(day, hour, 0);
    }

    PlannedShift shift(long person, Instant start, Instant end) {
        return new PlannedShift(ids.incrementAndGet(), 0, person, SITE, start, end, ShiftPosition.RECEPTION,
                ShiftStatus.PUBLISHED);
    }

    static List<ShiftIssueKind> kinds(List<ShiftIssue> issues) {
        return issues.stream().map(ShiftIssue::kind).toList();
    }

    // --- per shift ---

    @Test
    void a_shift_that_overlaps_another_of_the_person_is_blocking() {
        StaffProfile p = person(1, 40);
        PlannedShift existing = shift(1, at(DAY, 8), at(DAY, 14));
        List<ShiftIssue> issues = StaffingRules.check(PlannedShift.draft(1, SITE, at(DAY, 12), at(DAY, 18),
                ShiftPosition.RECEPTION), p, List.of(existing), BERLIN);
        assertThat(kinds(issues)).containsExactly(ShiftIssueKind.OVERLAP);
        assertThat(issues.getFirst().blocking()).isTrue();
        assertThat(issues.getFirst().amount()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void a_shift_that_touches_another_does_not_overlap_and_counts_as_one_duty() {
        StaffProfile p = person(1, 40);
        PlannedShift existing = shift(1, at(DAY, 8), at(DAY, 12));
        assertThat(StaffingRules.check(PlannedShift.draft(1, SITE, at(DAY, 12), at(DAY, 18), ShiftPosition.RECEPTION),
                p, List.of(existing), BERLIN)).isEmpty();
        List<ShiftIssue> tooLong = StaffingRules.check(PlannedShift.draft(1, SITE, at(DAY, 12), at(DAY, 19),
                ShiftPosition.RECEPTION), p, List.of(existing), BERLIN);
        assertThat(kinds(tooLong)).containsExactly(ShiftIssueKind.TOO_LONG);
        assertThat(tooLong.getFirst().amount()).isEqualTo(Duration.ofHours(11));
    }

    @Test
    void a_shift_of_another_person_or_the_shift_itself_is_no_overlap() {
        StaffProfile p = person(1, 40);
        PlannedShift mine = shift(1, at(DAY, 8), at(DAY, 14));
        PlannedShift theirs = shift(2, at(DAY, 8), at(DAY, 14));
        PlannedShift moved = new PlannedShift(mine.id(), 0, 1, SITE, at(DAY, 9), at(DAY, 15), ShiftPosition.RECEPTION,
                ShiftStatus.PUBLISHED);
        assertThat(StaffingRules.check(moved, p, List.of(mine, theirs), BERLIN)).isEmpty();
    }

    @Test
    void less_than_eleven_hours_rest_before_or_after_is_flagged_with_the_rest_there_is() {
        StaffProfile p = person(1, 40);
        PlannedShift late = shift(1, at(DAY, 15), at(DAY, 23));
        PlannedShift early = PlannedShift.draft(1, SITE, at(DAY.plusDays(1), 7), at(DAY.plusDays(1), 13),
                ShiftPosition.RECEPTION);
        List<ShiftIssue> before = StaffingRules.check(early, p, List.of(late), BERLIN);
        assertThat(kinds(before)).containsExactly(ShiftIssueKind.SHORT_REST_BEFORE);
        assertThat(before.getFirst().amount()).isEqualTo(Duration.ofHours(8));

        PlannedShift earlyNextDay = shift(1, at(DAY.plusDays(1), 7), at(DAY.plusDays(1), 13));
        List<ShiftIssue> after = StaffingRules.check(PlannedShift.draft(1, SITE, at(DAY, 15), at(DAY, 23),
                ShiftPosition.RECEPTION), p, List.of(earlyNextDay), BERLIN);
        assertThat(kinds(after)).containsExactly(ShiftIssueKind.SHORT_REST_AFTER);
    }

    @Test
    void exactly_eleven_hours_rest_holds() {
        StaffProfile p = person(1, 40);
        PlannedShift late = shift(1, at(DAY, 14), at(DAY, 22));
        assertThat(StaffingRules.check(PlannedShift.draft(1, SITE, at(DAY.plusDays(1), 9), at(DAY.plusDays(1), 15),
                ShiftPosition.RECEPTION), p, List.of(late), BERLIN)).isEmpty();
    }

    @Test
    void a_shift_over_ten_hours_is_flagged_and_ten_hours_hold() {
        StaffProfile p = person(1, 40);
        assertThat(StaffingRules.check(PlannedShift.draft(1, SITE, at(DAY, 8), at(DAY, 18), ShiftPosition.RECEPTION),
                p, List.of(), BERLIN)).isEmpty();
        assertThat(kinds(StaffingRules.check(PlannedShift.draft(1, SITE, at(DAY, 8), at(DAY, 18, 30),
                ShiftPosition.RECEPTION), p, List.of(), BERLIN))).containsExactly(ShiftIssueKind.TOO_LONG);
    }

    @Test
    void a_shift_during_an_absence_is_flagged_and_one_the_day_after_holds() {
        StaffProfile p = new StaffProfile(1L, "P1", Profession.NURSE, Set.of(), 40, Set.of(SITE),
                List.of(new Absence(AbsenceKind.SICKNESS, DAY.minusDays(2), DAY)), null);
        List<ShiftIssue> during = StaffingRules.check(PlannedShift.draft(1, SITE, at(DAY, 20), at(DAY.plusDays(1), 2),
                ShiftPosition.RECEPTION), p, List.of(), BERLIN);
        assertThat(kinds(during)).containsExactly(ShiftIssueKind.DURING_ABSENCE);
        assertThat(during.getFirst().absenceKind()).isEqualTo(AbsenceKind.SICKNESS);
        assertThat(StaffingRules.check(PlannedShift.draft(1, SITE, at(DAY.plusDays(1), 0), at(DAY.plusDays(1), 8),
                ShiftPosition.RECEPTION), p, List.of(), BERLIN)).isEmpty();
    }

    @Test
    void weekly_hours_over_contract_are_flagged_and_up_to_contract_hold() {
        StaffProfile p = person(1, 20);
        LocalDate monday = LocalDate.of(2026, 6, 8);
        List<PlannedShift> week = List.of(shift(1, at(monday, 8), at(monday, 16)),
                shift(1, at(monday.plusDays(1), 8), at(monday.plusDays(1), 16)),
                // last week: does not count
                shift(1, at(monday.minusDays(1), 8), at(monday.minusDays(1), 16)));
        assertThat(StaffingRules.check(PlannedShift.draft(1, SITE, at(monday.plusDays(3), 8), at(monday.plusDays(3), 12),
                ShiftPosition.RECEPTION), p, week, BERLIN)).isEmpty();
        List<ShiftIssue> over = StaffingRules.check(PlannedShift.draft(1, SITE, at(monday.plusDays(6), 8),
                at(monday.plusDays(6), 13), ShiftPosition.RECEPTION), p, week, BERLIN);
        assertThat(kinds(over)).containsExactly(ShiftIssueKind.OVER_CONTRACT);
        assertThat(over.getFirst().amount()).isEqualTo(Duration.ofHours(21));
        assertThat(over.getFirst().limit()).isEqualTo(Duration.ofHours(20));
    }

    // --- per opening hour ---

    @Test
    void every_opening_hour_with_enough_people_and_a_medic_holds() {
        SiteInfo site = site(LocalTime.of(11, 0), LocalTime.of(23, 0), 2, 6);
        Map<Long, StaffProfile> staff = Map.of(1L, person(1, 40, Qualification.MEDICAL), 2L, person(2, 40));
        List<PlannedShift> shifts = List.of(shift(1, at(DAY, 11), at(DAY, 17)), shift(1, at(DAY, 17), at(DAY, 23)),
                shift(2, at(DAY, 10, 30), at(DAY, 23)));
        List<HourCoverage> hours = StaffingRules.coverage(site, 12, staff, shifts, at(DAY, 0), at(DAY.plusDays(1), 0));
        assertThat(hours).hasSize(12).allMatch(HourCoverage::ok);
        assertThat(hours.getFirst().start()).isEqualTo(at(DAY, 11));
    }

    @Test
    void hours_below_the_minimum_head_count_are_marked_with_the_shortfall() {
        SiteInfo site = site(LocalTime.of(11, 0), LocalTime.of(23, 0), 3, 100);
        Map<Long, StaffProfile> staff = Map.of(1L, person(1, 40, Qualification.MEDICAL), 2L, person(2, 40),
                3L, person(3, 40));
        List<PlannedShift> shifts = List.of(shift(1, at(DAY, 11), at(DAY, 23)), shift(2, at(DAY, 11), at(DAY, 23)),
                shift(3, at(DAY, 11), at(DAY, 14, 30)));
        List<HourCoverage> hours = StaffingRules.coverage(site, 4, staff, shifts, at(DAY, 0), at(DAY.plusDays(1), 0));
        List<HourCoverage> broken = hours.stream().filter(h -> !h.ok()).toList();
        // 14:00-15:00 is only half covered by person 3: it counts as not covered
        assertThat(broken).extracting(HourCoverage::start).first().isEqualTo(at(DAY, 14));
        assertThat(broken).hasSize(9).allSatisfy(h -> assertThat(h.breaches())
                .containsExactly(new RuleBreach(StaffingRule.HEAD_COUNT, 3, 2)));
    }

    @Test
    void a_person_counts_only_for_the_hours_they_cover_in_full() {
        SiteInfo site = site(LocalTime.of(11, 0), LocalTime.of(23, 0), 1, 100);
        Map<Long, StaffProfile> staff = Map.of(1L, person(1, 40, Qualification.MEDICAL));
        List<PlannedShift> lateStart = List.of(shift(1, at(DAY, 11, 30), at(DAY, 22, 45)));
        assertThat(StaffingRules.coverage(site, 1, staff, lateStart, at(DAY, 0), at(DAY.plusDays(1), 0)).stream()
                .filter(h -> !h.ok()).map(HourCoverage::start)).containsExactly(at(DAY, 11), at(DAY, 22));
    }

    @Test
    void hours_without_a_medically_qualified_person_are_marked() {
        SiteInfo site = site(LocalTime.of(11, 0), LocalTime.of(23, 0), 1, 100);
        Map<Long, StaffProfile> staff = Map.of(1L, person(1, 40, Qualification.MEDICAL), 2L,
                person(2, 40, Qualification.NALOXONE, Qualification.FIRST_AID));
        List<PlannedShift> shifts = List.of(shift(1, at(DAY, 11), at(DAY, 19)), shift(2, at(DAY, 11), at(DAY, 23)));
        List<HourCoverage> broken = StaffingRules.coverage(site, 1, staff, shifts, at(DAY, 0), at(DAY.plusDays(1), 0))
                .stream().filter(h -> !h.ok()).toList();
        assertThat(broken).extracting(HourCoverage::start)
                .containsExactly(at(DAY, 19), at(DAY, 20), at(DAY, 21), at(DAY, 22));
        assertThat(broken).allSatisfy(h -> assertThat(h.breaches())
                .containsExactly(new RuleBreach(StaffingRule.MEDICAL_COVER, 1, 0)));
    }

    @Test
    void booths_in_service_need_one_person_per_n_booths() {
        SiteInfo site = site(LocalTime.of(11, 0), LocalTime.of(13, 0), 1, 6);
        Map<Long, StaffProfile> staff = Map.of(1L, person(1, 40, Qualification.MEDICAL), 2L, person(2, 40));
        List<PlannedShift> two = List.of(shift(1, at(DAY, 11), at(DAY, 13)), shift(2, at(DAY, 11), at(DAY, 13)));
        // 12 booths / 6 = 2 people: holds; 13 booths need 3
        assertThat(StaffingRules.coverage(site, 12, staff, two, at(DAY, 0), at(DAY.plusDays(1), 0)))
                .hasSize(2).allMatch(HourCoverage::ok);
        assertThat(StaffingRules.coverage(site, 13, staff, two, at(DAY, 0), at(DAY.plusDays(1), 0)))
                .hasSize(2).allSatisfy(h -> assertThat(h.breaches())
                        .containsExactly(new RuleBreach(StaffingRule.BOOTHS_PER_STAFF, 3, 2)));
        assertThat(StaffingRules.requiredHeadCount(site, 13)).isEqualTo(3);
    }

    @Test
    void a_night_that_crosses_midnight_belongs_to_the_day_it_opened() {
        SiteInfo site = site(LocalTime.of(20, 0), LocalTime.of(4, 0), 1, 100);
        Map<Long, StaffProfile> staff = Map.of(1L, person(1, 40, Qualification.MEDICAL));
        List<PlannedShift> night = List.of(shift(1, at(DAY, 20), at(DAY.plusDays(1), 2)));
        List<HourCoverage> hours = StaffingRules.coverage(site, 1, staff, night, at(DAY, 12), at(DAY.plusDays(1), 12));
        assertThat(hours).hasSize(8).allMatch(h -> h.openingDay().equals(DAY));
        assertThat(hours.getLast().end()).isEqualTo(at(DAY.plusDays(1), 4));
        assertThat(hours.stream().filter(h -> !h.ok()).map(HourCoverage::start))
                .containsExactly(at(DAY.plusDays(1), 2), at(DAY.plusDays(1), 3));
    }

    @Test
    void the_night_of_the_spring_change_has_one_hour_less_and_autumn_one_more() {
        SiteInfo site = site(LocalTime.of(20, 0), LocalTime.of(4, 0), 1, 100);
        Map<Long, StaffProfile> staff = Map.of(1L, person(1, 40, Qualification.MEDICAL));
        LocalDate spring = LocalDate.of(2026, 3, 28); // clocks go 02:00 -> 03:00 on Sunday 29 March
        LocalDate autumn = LocalDate.of(2026, 10, 24); // clocks go 03:00 -> 02:00 on Sunday 25 October
        List<PlannedShift> springNight = List.of(shift(1, at(spring, 20), at(spring.plusDays(1), 4)));
        List<PlannedShift> autumnNight = List.of(shift(1, at(autumn, 20), at(autumn.plusDays(1), 4)));
        List<HourCoverage> s = StaffingRules.coverage(site, 1, staff, springNight, at(spring, 12),
                at(spring.plusDays(1), 12));
        List<HourCoverage> a = StaffingRules.coverage(site, 1, staff, autumnNight, at(autumn, 12),
                at(autumn.plusDays(1), 12));
        assertThat(s).hasSize(7).allMatch(HourCoverage::ok);
        assertThat(a).hasSize(9).allMatch(HourCoverage::ok);
        assertThat(springNight.getFirst().duration()).isEqualTo(Duration.ofHours(7));
        assertThat(autumnNight.getFirst().duration()).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void a_round_the_clock_site_has_23_and_25_hours_in_the_change_weeks() {
        SiteInfo site = site(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, 1, 100);
        LocalDate springMonday = LocalDate.of(2026, 3, 23);
        LocalDate autumnMonday = LocalDate.of(2026, 10, 19);
        List<HourCoverage> spring = StaffingRules.coverage(site, 1, Map.of(), List.of(),
                springMonday.atStartOfDay(BERLIN).toInstant(), springMonday.plusWeeks(1).atStartOfDay(BERLIN).toInstant());
        List<HourCoverage> autumn = StaffingRules.coverage(site, 1, Map.of(), List.of(),
                autumnMonday.atStartOfDay(BERLIN).toInstant(), autumnMonday.plusWeeks(1).atStartOfDay(BERLIN).toInstant());
        assertThat(spring).hasSize(7 * 24 - 1);
        assertThat(autumn).hasSize(7 * 24 + 1);
        assertThat(spring.stream().filter(h -> h.openingDay().equals(LocalDate.of(2026, 3, 29)))).hasSize(23);
        assertThat(autumn.stream().filter(h -> h.openingDay().equals(LocalDate.of(2026, 10, 25)))).hasSize(25);
        assertThat(spring).allMatch(h -> h.breaks(StaffingRule.HEAD_COUNT));
    }

    @Test
    void weekly_hours_in_a_change_week_count_real_hours() {
        StaffProfile p = person(1, 8);
        LocalDate autumn = LocalDate.of(2026, 10, 24);
        // 20:00 to 04:00 across the autumn change is nine hours, over an eight-hour contract
        assertThat(kinds(StaffingRules.check(PlannedShift.draft(1, SITE, at(autumn, 20), at(autumn.plusDays(1), 4),
                ShiftPosition.RECEPTION), p, List.of(), BERLIN))).containsExactly(ShiftIssueKind.OVER_CONTRACT);
        LocalDate spring = LocalDate.of(2026, 3, 28);
        assertThat(StaffingRules.check(PlannedShift.draft(1, SITE, at(spring, 20), at(spring.plusDays(1), 4),
                ShiftPosition.RECEPTION), p, List.of(), BERLIN)).isEmpty();
    }

    @Test
    void on_duty_counts_people_at_a_moment_against_the_required_head_count() {
        SiteInfo site = site(LocalTime.of(11, 0), LocalTime.of(23, 0), 2, 6);
        Map<Long, StaffProfile> staff = Map.of(1L, person(1, 40, Qualification.MEDICAL), 2L, person(2, 40));
        List<PlannedShift> shifts = List.of(shift(1, at(DAY, 11), at(DAY, 17)), shift(2, at(DAY, 11), at(DAY, 23)));
        OnDuty noon = StaffingRules.onDuty(site, 18, staff, shifts, at(DAY, 12));
        assertThat(noon).isEqualTo(new OnDuty(2, 3, 1, true));
        assertThat(noon.enough()).isFalse();
        assertThat(StaffingRules.onDuty(site, 12, staff, shifts, at(DAY, 12)).enough()).isTrue();
        assertThat(StaffingRules.onDuty(site, 12, staff, shifts, at(DAY, 18)).enough()).isFalse();
        assertThat(StaffingRules.onDuty(site, 12, staff, shifts, at(DAY, 8)).open()).isFalse();
    }

    // --- fill gaps ---

    @Test
    void fill_gaps_proposes_shifts_that_close_the_gaps_and_break_no_rule() {
        SiteInfo site = site(LocalTime.of(11, 0), LocalTime.of(23, 0), 2, 100);
        StaffProfile medic = person(1, 40, Qualification.MEDICAL);
        StaffProfile medic2 = person(2, 40, Qualification.MEDICAL);
        StaffProfile worker = person(3, 40);
        StaffProfile absent = new StaffProfile(4L, "P4", Profession.DOCTOR, Set.of(Qualification.MEDICAL), 40,
                Set.of(SITE), List.of(new Absence(AbsenceKind.LEAVE, DAY, DAY)), null);
        StaffProfile worker2 = person(5, 40);
        List<StaffProfile> staff = List.of(medic, medic2, worker, absent, worker2);
        List<PlannedShift> shifts = new ArrayList<>(List.of(shift(1, at(DAY, 11), at(DAY, 17))));
        Instant from = at(DAY, 0);
        Instant to = at(DAY.plusDays(1), 0);
        Map<Long, StaffProfile> byId = Map.of(1L, medic, 2L, medic2, 3L, worker, 4L, absent, 5L, worker2);
        assertThat(StaffingRules.coverage(site, 1, byId, shifts, from, to)).anyMatch(h -> !h.ok());

        List<PlannedShift> proposals = GapFiller.propose(site, 1, staff, shifts, from, to);

        assertThat(proposals).isNotEmpty().noneMatch(p -> p.staffMemberId() == 4L);
        List<PlannedShift> all = new ArrayList<>(shifts);
        all.addAll(proposals);
        assertThat(StaffingRules.coverage(site, 1, byId, all, from, to)).allMatch(HourCoverage::ok);
        for (PlannedShift p : proposals) {
            List<PlannedShift> theirs = all.stream().filter(s -> s.staffMemberId() == p.staffMemberId() && s != p).toList();
            assertThat(StaffingRules.check(p, byId.get(p.staffMemberId()), theirs, BERLIN)).isEmpty();
        }
    }

    @Test
    void fill_gaps_leaves_the_medical_cover_nobody_can_give() {
        SiteInfo site = site(LocalTime.of(11, 0), LocalTime.of(23, 0), 1, 100);
        StaffProfile worker = person(3, 40);
        Instant from = at(DAY, 0);
        Instant to = at(DAY.plusDays(1), 0);
        List<PlannedShift> proposals = GapFiller.propose(site, 1, List.of(worker), List.of(), from, to);
        // the head count can be met by the one worker for one shift, medical cover by nobody
        assertThat(proposals).hasSize(1).allMatch(p -> p.staffMemberId() == 3L && !p.duration().minusHours(8).isPositive());
        assertThat(StaffingRules.coverage(site, 1, Map.of(3L, worker), proposals, from, to))
                .hasSize(12).allMatch(h -> h.breaks(StaffingRule.MEDICAL_COVER));
    }
}
