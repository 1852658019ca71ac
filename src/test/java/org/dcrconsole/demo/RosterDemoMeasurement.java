package org.dcrconsole.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.roster.FillProposal;
import org.dcrconsole.roster.HourCoverage;
import org.dcrconsole.roster.PlannedShift;
import org.dcrconsole.roster.Profession;
import org.dcrconsole.roster.Qualification;
import org.dcrconsole.roster.RosterService;
import org.dcrconsole.roster.ShiftPosition;
import org.dcrconsole.roster.ShiftStatus;
import org.dcrconsole.roster.StaffProfile;
import org.dcrconsole.roster.StaffingRules;
import org.dcrconsole.roster.WeekRoster;
import org.dcrconsole.site.OpeningHours;
import org.dcrconsole.site.SiteInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Measurements for the roster issue's closing note, not timed tests: how long the coverage check
 * takes for four weeks of 40 people, and how many of the demo's broken hours "fill gaps" closes.
 * Run with {@code mvn test -Dtest=RosterDemoMeasurement -Dtest.excludedGroups=postgres}.
 */
@Tag("benchmark")
@DcrSpringBootTest
class RosterDemoMeasurement {

    @Autowired
    NetworkDemoData network;
    @Autowired
    RosterDemoData rosterDemo;
    @Autowired
    RosterService roster;
    @Autowired
    Clock clock;

    @Test
    void coverage_of_four_weeks_of_forty_staff() {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            hours.add(new OpeningHours(d, LocalTime.of(11, 0), LocalTime.of(23, 0)));
        }
        SiteInfo site = new SiteInfo(1, "Bench", "City", zone, true, 30, 30, 30, 5, 4, 6, 60, 24, 120, 240, hours);
        Map<Long, StaffProfile> staff = new HashMap<>();
        for (long i = 0; i < 40; i++) {
            staff.put(i, new StaffProfile(i, "P" + i, Profession.NURSE,
                    i % 3 == 0 ? EnumSet.of(Qualification.MEDICAL) : EnumSet.noneOf(Qualification.class), 39,
                    Set.of(1L), List.of(), null));
        }
        LocalDate monday = LocalDate.of(2026, 3, 16);
        List<PlannedShift> shifts = new ArrayList<>();
        long id = 0;
        for (int day = 0; day < 28; day++) {
            for (int k = 0; k < 12; k++) {
                long person = (day * 12L + k) % 40;
                LocalTime start = k % 2 == 0 ? LocalTime.of(11, 0) : LocalTime.of(16, 30);
                Instant from = ZonedDateTime.of(monday.plusDays(day), start, zone).toInstant();
                shifts.add(new PlannedShift(id++, 0, person, 1, from, from.plus(Duration.ofMinutes(390)),
                        ShiftPosition.RECEPTION, ShiftStatus.PUBLISHED));
            }
        }
        Instant from = monday.atStartOfDay(zone).toInstant();
        Instant to = monday.plusWeeks(4).atStartOfDay(zone).toInstant();
        for (int i = 0; i < 20; i++) {
            StaffingRules.coverage(site, 28, staff, shifts, from, to); // warm-up
        }
        int runs = 100;
        long t = System.nanoTime();
        List<HourCoverage> result = null;
        for (int i = 0; i < runs; i++) {
            result = StaffingRules.coverage(site, 28, staff, shifts, from, to);
        }
        double ms = (System.nanoTime() - t) / 1e6 / runs;
        long checks = System.nanoTime();
        for (PlannedShift s : shifts) {
            StaffingRules.check(s, staff.get(s.staffMemberId()),
                    shifts.stream().filter(o -> o.staffMemberId() == s.staffMemberId()).toList(), zone);
        }
        double checkMs = (System.nanoTime() - checks) / 1e6;
        System.out.printf("MEASURE coverage of %d hours, %d shifts, 40 staff: %.2f ms per run; per-shift checks of all"
                + " shifts: %.1f ms%n", result.size(), shifts.size(), ms, checkMs);
        assertThat(result).hasSize(28 * 12);
    }

    @Test
    void fill_gaps_on_the_demo_roster() {
        DemoContext context = new DemoContext(new DemoProperties(true, 20261129, 90, 1.0), clock);
        SystemUser.runAs(List.of(), () -> network.run(context));
        long t = System.nanoTime();
        SystemUser.runAs(context.siteIds().values(), () -> rosterDemo.run(context));
        System.out.printf("MEASURE roster demo step: %d ms%n", (System.nanoTime() - t) / 1_000_000);
        LocalDate thisMonday = context.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        SystemUser.runAs(context.siteIds().values(), () -> {
            for (String name : List.of(DemoContext.CENTRAL, DemoContext.RIVERSIDE)) {
                long siteId = context.siteId(name);
                for (LocalDate monday : List.of(thisMonday.minusWeeks(1), thisMonday, thisMonday.plusWeeks(1))) {
                    WeekRoster week = roster.week(siteId, monday);
                    long t0 = System.nanoTime();
                    FillProposal p = roster.proposeFill(siteId, monday);
                    System.out.printf("MEASURE %s week %s: %d shifts, %d flagged; broken hours %d -> %d after %d "
                                    + "proposed shifts (%d ms)%n", name, monday, week.shifts().size(),
                            week.issues().size(), p.brokenHoursBefore(), p.brokenHoursAfter(), p.shifts().size(),
                            (System.nanoTime() - t0) / 1_000_000);
                }
            }
        });
    }
}
