package org.dcrconsole.roster;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dcrconsole.site.OpeningHours;
import org.dcrconsole.site.SiteInfo;

/**
 * The staffing rules of SPEC §2, with no UI and no database: per shift (overlap, rest, length,
 * absence, weekly hours) and per opening hour of a site (head count, medical cover, booths per
 * staff member). Times are instants; days, weeks and opening hours are taken in the site's zone,
 * so that 23- and 25-hour days of a daylight-saving change come out right.
 */
public final class StaffingRules {

    /** Rest between two shifts (EU Working Time Directive). */
    public static final Duration MIN_REST = Duration.ofHours(11);
    /** Longest shift (German Arbeitszeitgesetz); touching shifts count as one duty. */
    public static final Duration MAX_SHIFT = Duration.ofHours(10);

    private static final Duration HOUR = Duration.ofHours(1);

    private StaffingRules() {
    }

    /** One opening of a site: the local day it began, and when it opens and closes. */
    public record Opening(LocalDate day, Instant opens, Instant closes) {
    }

    /** Head count an open hour needs: the site minimum, or one per N booths in service if that is more. */
    public static int requiredHeadCount(SiteInfo site, int boothsInService) {
        int byBooths = byBooths(site, boothsInService);
        return Math.max(site.minHeadCount(), byBooths);
    }

    private static int byBooths(SiteInfo site, int boothsInService) {
        int n = Math.max(1, site.boothsPerStaff());
        return (boothsInService + n - 1) / n;
    }

    /** The openings of a site that overlap [from, to), in time order. */
    public static List<Opening> openings(SiteInfo site, Instant from, Instant to) {
        ZoneId zone = site.zone();
        List<Opening> result = new ArrayList<>();
        LocalDate first = from.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Optional<OpeningHours> hours = site.openingHours(day.getDayOfWeek());
            if (hours.isEmpty()) {
                continue;
            }
            OpeningHours h = hours.get();
            Instant opens = ZonedDateTime.of(day, h.getOpens(), zone).toInstant();
            LocalDate closingDay = h.closesAfterMidnight() ? day.plusDays(1) : day;
            Instant closes = ZonedDateTime.of(closingDay, h.getCloses(), zone).toInstant();
            if (closes.isAfter(opens) && opens.isBefore(to) && closes.isAfter(from)) {
                result.add(new Opening(day, opens, closes));
            }
        }
        return result;
    }

    /**
     * Every opening hour that starts in [from, to) with who is on duty for all of it and the rules
     * it breaks. Only shifts at this site count; a person counts for an hour when their shifts
     * (touching shifts joined) cover the whole hour.
     */
    public static List<HourCoverage> coverage(SiteInfo site, int boothsInService, Map<Long, StaffProfile> staff,
                                              Collection<PlannedShift> shifts, Instant from, Instant to) {
        Map<Long, List<Instant[]>> duty = dutyPeriods(site.id(), shifts);
        int byBooths = byBooths(site, boothsInService);
        List<HourCoverage> result = new ArrayList<>();
        for (Opening opening : openings(site, from, to)) {
            for (Instant t = opening.opens(); t.isBefore(opening.closes()); t = t.plus(HOUR)) {
                Instant end = min(t.plus(HOUR), opening.closes());
                if (t.isBefore(from) || !t.isBefore(to)) {
                    continue;
                }
                int onDuty = 0;
                int medical = 0;
                for (Map.Entry<Long, List<Instant[]>> e : duty.entrySet()) {
                    if (covers(e.getValue(), t, end)) {
                        onDuty++;
                        StaffProfile p = staff.get(e.getKey());
                        if (p != null && p.isMedical()) {
                            medical++;
                        }
                    }
                }
                result.add(new HourCoverage(t, end, opening.day(), onDuty, medical,
                        breaches(site, byBooths, onDuty, medical)));
            }
        }
        return result;
    }

    /** Who is on duty at one moment, against what the rules ask; {@code open} false when closed. */
    public static OnDuty onDuty(SiteInfo site, int boothsInService, Map<Long, StaffProfile> staff,
                                Collection<PlannedShift> shifts, Instant at) {
        boolean open = openings(site, at, at.plusNanos(1)).stream()
                .anyMatch(o -> !at.isBefore(o.opens()) && at.isBefore(o.closes()));
        int head = 0;
        int medical = 0;
        for (Map.Entry<Long, List<Instant[]>> e : dutyPeriods(site.id(), shifts).entrySet()) {
            if (covers(e.getValue(), at, at.plusNanos(1))) {
                head++;
                StaffProfile p = staff.get(e.getKey());
                if (p != null && p.isMedical()) {
                    medical++;
                }
            }
        }
        return new OnDuty(head, requiredHeadCount(site, boothsInService), medical, open);
    }

    private static List<RuleBreach> breaches(SiteInfo site, int byBooths, int onDuty, int medical) {
        List<RuleBreach> breaches = new ArrayList<>(3);
        if (onDuty < site.minHeadCount()) {
            breaches.add(new RuleBreach(StaffingRule.HEAD_COUNT, site.minHeadCount(), onDuty));
        }
        if (medical < 1) {
            breaches.add(new RuleBreach(StaffingRule.MEDICAL_COVER, 1, medical));
        }
        if (onDuty < byBooths) {
            breaches.add(new RuleBreach(StaffingRule.BOOTHS_PER_STAFF, byBooths, onDuty));
        }
        return breaches;
    }

    /** Per person, their shifts at the site joined where they touch or overlap, in time order. */
    private static Map<Long, List<Instant[]>> dutyPeriods(long siteId, Collection<PlannedShift> shifts) {
        Map<Long, List<PlannedShift>> byPerson = new HashMap<>();
        for (PlannedShift s : shifts) {
            if (s.siteId() == siteId) {
                byPerson.computeIfAbsent(s.staffMemberId(), k -> new ArrayList<>()).add(s);
            }
        }
        Map<Long, List<Instant[]>> result = new HashMap<>();
        byPerson.forEach((person, list) -> {
            list.sort(Comparator.comparing(PlannedShift::start));
            List<Instant[]> merged = new ArrayList<>();
            for (PlannedShift s : list) {
                Instant[] lastPeriod = merged.isEmpty() ? null : merged.getLast();
                if (lastPeriod != null && !s.start().isAfter(lastPeriod[1])) {
                    lastPeriod[1] = max(lastPeriod[1], s.end());
                } else {
                    merged.add(new Instant[] {s.start(), s.end()});
                }
            }
            result.put(person, merged);
        });
        return result;
    }

    private static boolean covers(List<Instant[]> periods, Instant start, Instant end) {
        for (Instant[] p : periods) {
            if (p[0].isAfter(start)) {
                return false;
            }
            if (!p[1].isBefore(end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The problems of one shift of {@code person} against their other shifts (any site, any
     * status). The candidate itself may be among {@code personsShifts} (same id): it is skipped.
     */
    public static List<ShiftIssue> check(PlannedShift candidate, StaffProfile person,
                                         Collection<PlannedShift> personsShifts, ZoneId zone) {
        List<PlannedShift> others = personsShifts.stream()
                .filter(s -> s.staffMemberId() == candidate.staffMemberId() && !s.isSameShift(candidate))
                .toList();
        List<ShiftIssue> issues = new ArrayList<>();

        Duration overlap = Duration.ZERO;
        for (PlannedShift o : others) {
            if (o.overlaps(candidate.start(), candidate.end())) {
                Duration d = Duration.between(max(o.start(), candidate.start()), min(o.end(), candidate.end()));
                overlap = d.compareTo(overlap) > 0 ? d : overlap;
            }
        }
        if (!overlap.isZero()) {
            issues.add(new ShiftIssue(ShiftIssueKind.OVERLAP, overlap, Duration.ZERO, null));
        }

        // A shift that starts when another ends continues the same duty: one length, no rest between.
        Instant dutyStart = candidate.start();
        Instant dutyEnd = candidate.end();
        boolean grown = true;
        while (grown) {
            grown = false;
            for (PlannedShift o : others) {
                if (o.end().equals(dutyStart)) {
                    dutyStart = o.start();
                    grown = true;
                }
                if (o.start().equals(dutyEnd)) {
                    dutyEnd = o.end();
                    grown = true;
                }
            }
        }
        Duration duty = Duration.between(dutyStart, dutyEnd);
        if (duty.compareTo(MAX_SHIFT) > 0) {
            issues.add(new ShiftIssue(ShiftIssueKind.TOO_LONG, duty, MAX_SHIFT, null));
        }

        Duration restBefore = null;
        Duration restAfter = null;
        for (PlannedShift o : others) {
            if (o.end().isBefore(dutyStart)) {
                Duration gap = Duration.between(o.end(), dutyStart);
                restBefore = restBefore == null || gap.compareTo(restBefore) < 0 ? gap : restBefore;
            } else if (o.start().isAfter(dutyEnd)) {
                Duration gap = Duration.between(dutyEnd, o.start());
                restAfter = restAfter == null || gap.compareTo(restAfter) < 0 ? gap : restAfter;
            }
        }
        if (restBefore != null && restBefore.compareTo(MIN_REST) < 0) {
            issues.add(new ShiftIssue(ShiftIssueKind.SHORT_REST_BEFORE, restBefore, MIN_REST, null));
        }
        if (restAfter != null && restAfter.compareTo(MIN_REST) < 0) {
            issues.add(new ShiftIssue(ShiftIssueKind.SHORT_REST_AFTER, restAfter, MIN_REST, null));
        }

        person.absenceDuring(candidate.start(), candidate.end(), zone).ifPresent(a ->
                issues.add(new ShiftIssue(ShiftIssueKind.DURING_ABSENCE, candidate.duration(), Duration.ZERO,
                        a.getKind())));

        Instant weekStart = weekStart(candidate.start(), zone);
        Instant weekEnd = weekStart.atZone(zone).plusWeeks(1).toInstant();
        Duration week = candidate.duration();
        for (PlannedShift o : others) {
            if (!o.start().isBefore(weekStart) && o.start().isBefore(weekEnd)) {
                week = week.plus(o.duration());
            }
        }
        Duration contract = Duration.ofHours(person.contractedHours());
        if (week.compareTo(contract) > 0) {
            issues.add(new ShiftIssue(ShiftIssueKind.OVER_CONTRACT, week, contract, null));
        }
        return issues;
    }

    /** Midnight starting the Monday of the week that holds {@code t}, in the zone. */
    public static Instant weekStart(Instant t, ZoneId zone) {
        return t.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(zone).toInstant();
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
