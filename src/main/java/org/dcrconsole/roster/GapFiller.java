package org.dcrconsole.roster;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.dcrconsole.site.SiteInfo;

/**
 * A greedy proposal of shifts for the opening hours that break a staffing rule. Takes the
 * earliest broken hour, the run of broken hours after it in the same opening, and gives it to
 * the available person with the fewest hours that week (medically qualified ones first where
 * medical cover is missing in the run, last elsewhere, only them if it is missing at its start), as a shift of 4 to 8 hours inside the opening; a person is available when the
 * shift raises no issue at all (overlap, rest, length, absence, contract hours). Repeats until
 * no broken hour is left that someone can take. Not optimal: it never moves existing shifts.
 */
public final class GapFiller {

    static final Duration MIN_LENGTH = Duration.ofHours(4);
    static final Duration MAX_LENGTH = Duration.ofHours(8);
    private static final int MAX_PROPOSALS = 500;

    private GapFiller() {
    }

    /**
     * Proposed draft shifts for [from, to). {@code staff} are the people of the site;
     * {@code shifts} must hold every shift of those people (any site) from a week before
     * {@code from} to a week after {@code to}, so rest and weekly hours are judged right.
     */
    public static List<PlannedShift> propose(SiteInfo site, int boothsInService, Collection<StaffProfile> staff,
                                             Collection<PlannedShift> shifts, Instant from, Instant to) {
        Map<Long, StaffProfile> people = staff.stream()
                .collect(Collectors.toMap(StaffProfile::id, Function.identity()));
        ZoneId zone = site.zone();
        List<PlannedShift> all = new ArrayList<>(shifts);
        List<PlannedShift> proposals = new ArrayList<>();
        Set<Instant> unfillable = new HashSet<>();
        List<StaffingRules.Opening> openings = StaffingRules.openings(site, from, to);

        Set<Instant> noMedicFree = new HashSet<>();
        while (proposals.size() < MAX_PROPOSALS) {
            List<HourCoverage> hours = StaffingRules.coverage(site, boothsInService, people, all, from, to);
            // medics are the scarce ones: close the hours without medical cover first, with medics
            boolean medicalPhase = hours.stream()
                    .anyMatch(h -> h.breaks(StaffingRule.MEDICAL_COVER) && !noMedicFree.contains(h.start()));
            Predicate<HourCoverage> open = medicalPhase
                    ? h -> h.breaks(StaffingRule.MEDICAL_COVER) && !noMedicFree.contains(h.start())
                    : h -> !h.ok() && !unfillable.contains(h.start());
            int first = -1;
            for (int i = 0; i < hours.size(); i++) {
                if (open.test(hours.get(i))) {
                    first = i;
                    break;
                }
            }
            if (first < 0) {
                break;
            }
            HourCoverage gap = hours.get(first);
            Instant runEnd = gap.end();
            for (int i = first + 1; i < hours.size(); i++) {
                HourCoverage h = hours.get(i);
                if (!open.test(h) || !h.start().equals(runEnd)) {
                    break;
                }
                runEnd = h.end();
            }
            StaffingRules.Opening opening = openings.stream()
                    .filter(o -> !gap.start().isBefore(o.opens()) && gap.start().isBefore(o.closes()))
                    .findFirst().orElseThrow();
            PlannedShift found = fill(site, zone, people.values(), all, gap, runEnd, medicalPhase, opening);
            if (found != null) {
                proposals.add(found);
                all.add(found);
            } else if (medicalPhase) {
                noMedicFree.add(gap.start());
            } else {
                unfillable.add(gap.start());
            }
        }
        return proposals;
    }

    private static PlannedShift fill(SiteInfo site, ZoneId zone, Collection<StaffProfile> people,
                                     List<PlannedShift> all, HourCoverage gap, Instant runEnd,
                                     boolean needMedical, StaffingRules.Opening opening) {
        Duration run = Duration.between(gap.start(), runEnd);
        Duration opened = Duration.between(opening.opens(), opening.closes());
        Duration wanted = clamp(run, MIN_LENGTH, MAX_LENGTH);
        Instant weekStart = StaffingRules.weekStart(gap.start(), zone);
        Instant weekEnd = weekStart.atZone(zone).plusWeeks(1).toInstant();

        List<StaffProfile> candidates = people.stream()
                .filter(p -> !needMedical || p.isMedical())
                // where any qualified person will do, medics are kept for the hours that need them
                .sorted(Comparator.comparing(StaffProfile::isMedical)
                        .thenComparing(p -> weekHours(p, all, weekStart, weekEnd))
                        .thenComparing(StaffProfile::name))
                .toList();
        for (Duration length = wanted; length.compareTo(MIN_LENGTH) >= 0; length = length.minusHours(1)) {
            Duration len = length.compareTo(opened) > 0 ? opened : length;
            Instant start = gap.start();
            Instant end = start.plus(len);
            if (end.isAfter(opening.closes())) {
                end = opening.closes();
                start = StaffingRules.max(opening.opens(), end.minus(len));
            }
            for (StaffProfile p : candidates) {
                PlannedShift shift = PlannedShift.draft(p.id(), site.id(), start, end, positionFor(p));
                List<PlannedShift> mine = all.stream().filter(s -> s.staffMemberId() == p.id()).toList();
                if (StaffingRules.check(shift, p, mine, zone).isEmpty()) {
                    return shift;
                }
            }
        }
        return null;
    }

    private static Duration weekHours(StaffProfile p, List<PlannedShift> all, Instant weekStart, Instant weekEnd) {
        return all.stream()
                .filter(s -> s.staffMemberId() == p.id() && !s.start().isBefore(weekStart) && s.start().isBefore(weekEnd))
                .map(PlannedShift::duration).reduce(Duration.ZERO, Duration::plus);
    }

    private static Duration clamp(Duration d, Duration lo, Duration hi) {
        return d.compareTo(lo) < 0 ? lo : d.compareTo(hi) > 0 ? hi : d;
    }

    /** The position a person usually takes, by profession. */
    public static ShiftPosition positionFor(StaffProfile p) {
        return switch (p.profession()) {
            case SECURITY -> ShiftPosition.SECURITY;
            case SOCIAL_WORKER -> ShiftPosition.COUNSELLING;
            case PEER_WORKER -> ShiftPosition.RECEPTION;
            case NURSE, DOCTOR, PARAMEDIC -> ShiftPosition.INJECTION_ROOM;
        };
    }
}
