package org.dcrconsole.roster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shifts, the week planner and the staffing rules of a site. MANAGER plans the sites they hold;
 * staff read their own published shifts; the dashboard asks for understaffed hours and who is
 * on duty. The rules themselves are in {@link StaffingRules}.
 */
@Service
public class RosterService {

    /** How far ahead "my shifts" and the calendar export reach. */
    public static final int MY_SHIFTS_WEEKS = 4;
    /** Shifts that start this long before a period can still reach into it (a night shift). */
    private static final Duration LOOK_BACK = Duration.ofDays(1);
    /** The longest shift: no longer than {@link #LOOK_BACK}, or an earlier long shift would escape the overlap check. */
    static final Duration MAX_SHIFT_SPAN = LOOK_BACK;
    /** Shifts within this distance matter for rest and weekly hours. */
    private static final Duration NEIGHBOURHOOD = Duration.ofDays(8);

    private final ShiftRepository shifts;
    private final StaffMemberRepository staff;
    private final SiteService siteService;
    private final Clock clock;

    RosterService(ShiftRepository shifts, StaffMemberRepository staff, SiteService siteService, Clock clock) {
        this.shifts = shifts;
        this.staff = staff;
        this.siteService = siteService;
        this.clock = clock;
    }

    /** The week that starts on {@code monday} (site's zone): people, shifts with their issues, coverage. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public WeekRoster week(long siteId, LocalDate monday) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        ZoneId zone = site.zone();
        Instant from = monday.atStartOfDay(zone).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        List<PlannedShift> siteShifts = siteShifts(siteId, from.minus(LOOK_BACK), to);
        Map<Long, StaffProfile> people = people(siteId, siteShifts);
        Map<Long, List<PlannedShift>> byPerson = byPerson(
                shifts.findOfPeople(people.keySet(), from.minus(NEIGHBOURHOOD), to.plus(NEIGHBOURHOOD)));
        List<PlannedShift> week = siteShifts.stream().filter(s -> !s.start().isBefore(from)).toList();
        Map<Long, List<ShiftIssue>> issues = new HashMap<>();
        for (PlannedShift s : week) {
            List<ShiftIssue> found = StaffingRules.check(s, people.get(s.staffMemberId()),
                    byPerson.getOrDefault(s.staffMemberId(), List.of()), zone);
            if (!found.isEmpty()) {
                issues.put(s.id(), found);
            }
        }
        List<HourCoverage> coverage = StaffingRules.coverage(site, boothsInService(siteId), people, siteShifts,
                from, to);
        return new WeekRoster(site, monday, List.copyOf(people.values()), week, issues, coverage);
    }

    /**
     * What is wrong with a shift before it is saved: an overlap (which {@link #save} refuses),
     * short rest, a long duty, an absence, weekly hours over contract.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<ShiftIssue> check(long siteId, PlannedShift shift) {
        CurrentUser.requireSite(siteId);
        requirePlausibleLength(shift);
        StaffProfile person = staff.findByIdAndSiteId(shift.staffMemberId(), siteId)
                .orElseThrow(() -> new BusinessException("staffMemberId", "error.notFound")).profile();
        return StaffingRules.check(shift, person, neighbours(shift), siteService.site(siteId).zone());
    }

    /**
     * Creates a draft shift or changes one (person, times, position; a published shift stays
     * published). An overlap with another shift of the person is refused; other issues need
     * {@code warningsConfirmed}. A stale copy fails with an optimistic locking exception.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public PlannedShift save(long siteId, PlannedShift shift, boolean warningsConfirmed) {
        CurrentUser.requireSite(siteId);
        requirePlausibleLength(shift);
        StaffProfile person = staff.findByIdAndSiteId(shift.staffMemberId(), siteId)
                .orElseThrow(() -> new BusinessException("staffMemberId", "error.notFound")).profile();
        staff.lockById(shift.staffMemberId());
        Shift entity;
        if (shift.id() == null) {
            entity = new Shift();
            entity.setSiteId(siteId);
            entity.setStatus(ShiftStatus.DRAFT);
        } else {
            entity = shifts.findByIdAndSiteId(shift.id(), siteId)
                    .orElseThrow(() -> new BusinessException("error.notFound"));
            if (entity.getVersion() != shift.version()) {
                throw new ObjectOptimisticLockingFailureException(Shift.class, shift.id());
            }
        }
        List<ShiftIssue> issues = StaffingRules.check(shift, person, neighbours(shift), siteService.site(siteId).zone());
        for (ShiftIssue issue : issues) {
            if (issue.blocking()) {
                throw new BusinessException("start", "shift.error.overlap", issue.amount().toMinutes());
            }
        }
        if (!issues.isEmpty() && !warningsConfirmed) {
            throw new BusinessException("shift.error.unconfirmed");
        }
        entity.setStaffMemberId(shift.staffMemberId());
        entity.setStartsAt(shift.start());
        entity.setEndsAt(shift.end());
        entity.setPosition(shift.position());
        return shifts.saveAndFlush(entity).planned();
    }

    /**
     * A shift is at most a day long (the shift form cannot make a longer one); longer spans are
     * typing or import mistakes that the week grid and the working-time rules cannot show.
     */
    private static void requirePlausibleLength(PlannedShift shift) {
        if (shift.duration().compareTo(MAX_SHIFT_SPAN) > 0) {
            throw new BusinessException("end", "shift.error.tooLong", MAX_SHIFT_SPAN.toHours());
        }
    }

    /** Deletes a shift of the site; a stale copy fails with an optimistic locking exception. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public void delete(long siteId, long shiftId, long version) {
        CurrentUser.requireSite(siteId);
        Shift entity = shifts.findByIdAndSiteId(shiftId, siteId)
                .orElseThrow(() -> new BusinessException("error.notFound"));
        if (entity.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Shift.class, shiftId);
        }
        shifts.delete(entity);
        shifts.flush();
    }

    /**
     * Copies the shifts of the week before {@code monday} into this week as drafts, at the same
     * local times. A shift is left out when its person no longer works at the site or would
     * overlap a shift they already have.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public CopyResult copyPreviousWeek(long siteId, LocalDate monday) {
        CurrentUser.requireSite(siteId);
        ZoneId zone = siteService.site(siteId).zone();
        Instant from = monday.minusWeeks(1).atStartOfDay(zone).toInstant();
        Instant to = monday.atStartOfDay(zone).toInstant();
        List<PlannedShift> source = siteShifts(siteId, from, to);
        Set<Long> members = staff.findBySite(siteId).stream().map(StaffMember::getId).collect(Collectors.toSet());
        Map<Long, List<PlannedShift>> byPerson = byPerson(shifts.findOfPeople(members, to.minus(LOOK_BACK),
                monday.plusWeeks(1).atStartOfDay(zone).toInstant().plus(LOOK_BACK)));
        int copied = 0;
        int skipped = 0;
        for (PlannedShift s : source) {
            Instant start = s.start().atZone(zone).toLocalDateTime().plusWeeks(1).atZone(zone).toInstant();
            Instant end = s.end().atZone(zone).toLocalDateTime().plusWeeks(1).atZone(zone).toInstant();
            List<PlannedShift> theirs = byPerson.computeIfAbsent(s.staffMemberId(), k -> new ArrayList<>());
            boolean busy = theirs.stream().anyMatch(o -> o.overlaps(start, end));
            if (!members.contains(s.staffMemberId()) || busy || !end.isAfter(start)) {
                skipped++;
                continue;
            }
            Shift copy = new Shift();
            copy.setSiteId(siteId);
            copy.setStaffMemberId(s.staffMemberId());
            copy.setStartsAt(start);
            copy.setEndsAt(end);
            copy.setPosition(s.position());
            copy.setStatus(ShiftStatus.DRAFT);
            theirs.add(shifts.save(copy).planned());
            copied++;
        }
        shifts.flush();
        return new CopyResult(copied, skipped);
    }

    /** Publishes every draft shift of the site that starts in the week; returns how many. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public int publishWeek(long siteId, LocalDate monday) {
        CurrentUser.requireSite(siteId);
        ZoneId zone = siteService.site(siteId).zone();
        int count = 0;
        for (Shift s : shifts.findBySiteIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAt(siteId,
                monday.atStartOfDay(zone).toInstant(), monday.plusWeeks(1).atStartOfDay(zone).toInstant())) {
            if (s.getStatus() == ShiftStatus.DRAFT) {
                s.setStatus(ShiftStatus.PUBLISHED);
                count++;
            }
        }
        shifts.flush();
        return count;
    }

    /**
     * Proposed draft shifts for the week's opening hours that break a staffing rule, from the
     * site's people who are free and qualified (see {@link GapFiller}). Nothing is saved.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public FillProposal proposeFill(long siteId, LocalDate monday) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        ZoneId zone = site.zone();
        Instant from = monday.atStartOfDay(zone).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        List<StaffProfile> people = staff.findBySite(siteId).stream().map(StaffMember::profile).toList();
        Map<Long, PlannedShift> known = new LinkedHashMap<>();
        siteShifts(siteId, from.minus(LOOK_BACK), to).forEach(s -> known.put(s.id(), s));
        shifts.findOfPeople(people.stream().map(StaffProfile::id).toList(), from.minus(NEIGHBOURHOOD),
                to.plus(NEIGHBOURHOOD)).forEach(s -> known.put(s.getId(), s.planned()));
        int booths = boothsInService(siteId);
        List<PlannedShift> proposals = GapFiller.propose(site, booths, people, known.values(), from, to);
        Map<Long, StaffProfile> byId = people(siteId, List.copyOf(known.values()));
        List<PlannedShift> after = new ArrayList<>(known.values());
        after.addAll(proposals);
        return new FillProposal(proposals, broken(site, booths, byId, known.values(), from, to),
                broken(site, booths, byId, after, from, to));
    }

    private static int broken(SiteInfo site, int booths, Map<Long, StaffProfile> people,
                              Collection<PlannedShift> shifts, Instant from, Instant to) {
        return (int) StaffingRules.coverage(site, booths, people, shifts, from, to).stream()
                .filter(h -> !h.ok()).count();
    }

    /**
     * Saves accepted proposals as drafts. One that meanwhile raises any issue (someone else
     * planned that person) is left out; returns how many were saved.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public int acceptProposals(long siteId, List<PlannedShift> proposals) {
        CurrentUser.requireSite(siteId);
        int saved = 0;
        for (PlannedShift p : proposals) {
            if (p.id() != null || p.siteId() != siteId || !check(siteId, p).isEmpty()) {
                continue;
            }
            save(siteId, p, false);
            saved++;
        }
        return saved;
    }

    /**
     * The opening hours in [from, to) that break a staffing rule by the published roster, each
     * with the rules broken and the shortfall. For the dashboard and reports.
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public List<HourCoverage> understaffedHours(long siteId, Instant from, Instant to) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        List<PlannedShift> published = siteShifts(siteId, from.minus(LOOK_BACK), to).stream()
                .filter(PlannedShift::isPublished).toList();
        return StaffingRules.coverage(site, boothsInService(siteId), people(published), published, from, to)
                .stream().filter(h -> !h.ok()).toList();
    }

    /** Who is on duty at a site at one moment by the published roster, against the head count required. */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public OnDuty staffOnDuty(long siteId, Instant at) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        List<PlannedShift> published = siteShifts(siteId, at.minus(LOOK_BACK), at.plusSeconds(1)).stream()
                .filter(PlannedShift::isPublished).toList();
        return StaffingRules.onDuty(site, boothsInService(siteId), people(published), published, at);
    }

    /**
     * The signed-in person's published shifts that have not ended, for the next four weeks, at
     * the sites they hold; empty when their sign-in is linked to no staff member.
     */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public List<MyShift> myShifts() {
        long userId = CurrentUser.require().userId();
        Set<Long> held = CurrentUser.siteIds();
        StaffMember me = staff.findByUserId(userId).orElse(null);
        if (me == null || held.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<Long, SiteInfo> sites = new HashMap<>();
        return shifts.findByStaffMemberIdAndStatusAndSiteIdInAndEndsAtGreaterThanAndStartsAtLessThanOrderByStartsAt(
                        me.getId(), ShiftStatus.PUBLISHED, held, now, now.plus(Duration.ofDays(7L * MY_SHIFTS_WEEKS)))
                .stream().map(s -> {
                    SiteInfo site = sites.computeIfAbsent(s.getSiteId(), siteService::site);
                    return new MyShift(s.planned(), site.name(), site.city(), site.zone());
                }).toList();
    }

    /** Whether the signed-in user's sign-in is linked to a staff member (who can have shifts). */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public boolean isLinkedToStaff() {
        return staff.findByUserId(CurrentUser.require().userId()).isPresent();
    }

    /** {@link #myShifts()} as an iCalendar file (RFC 5545), texts in the given language. */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public String myShiftsIcs(Locale locale) {
        List<IcsCalendar.Event> events = myShifts().stream().map(m -> new IcsCalendar.Event(
                "shift-" + m.shift().id() + "@dcr-console",
                m.shift().start(), m.shift().end(),
                Labels.of(locale, m.shift().position()) + " – " + m.siteName(),
                m.siteName() + ", " + m.city())).toList();
        return IcsCalendar.write(Labels.t(locale, "roster.ics.name"), events, clock.instant());
    }

    private List<PlannedShift> siteShifts(long siteId, Instant from, Instant to) {
        return shifts.findBySiteIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAt(siteId, from, to)
                .stream().map(Shift::planned).toList();
    }

    /** The site's people and anyone else with a shift in the list, by name. */
    private Map<Long, StaffProfile> people(long siteId, List<PlannedShift> siteShifts) {
        Map<Long, StaffProfile> people = new LinkedHashMap<>();
        staff.findBySite(siteId).forEach(m -> people.put(m.getId(), m.profile()));
        Set<Long> others = new HashSet<>();
        siteShifts.stream().map(PlannedShift::staffMemberId).filter(id -> !people.containsKey(id)).forEach(others::add);
        if (!others.isEmpty()) {
            staff.findByIdIn(others).forEach(m -> people.put(m.getId(), m.profile()));
        }
        return people;
    }

    private Map<Long, StaffProfile> people(Collection<PlannedShift> list) {
        Set<Long> ids = list.stream().map(PlannedShift::staffMemberId).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : staff.findByIdIn(ids).stream()
                .collect(Collectors.toMap(StaffMember::getId, StaffMember::profile));
    }

    private List<PlannedShift> neighbours(PlannedShift shift) {
        return shifts.findOfPeople(List.of(shift.staffMemberId()), shift.start().minus(NEIGHBOURHOOD),
                shift.end().plus(NEIGHBOURHOOD)).stream().map(Shift::planned).toList();
    }

    private static Map<Long, List<PlannedShift>> byPerson(List<Shift> list) {
        Map<Long, List<PlannedShift>> map = new HashMap<>();
        for (Shift s : list) {
            map.computeIfAbsent(s.getStaffMemberId(), k -> new ArrayList<>()).add(s.planned());
        }
        return map;
    }

    private int boothsInService(long siteId) {
        return (int) siteService.booths(siteId).stream().filter(BoothInfo::inService).count();
    }
}
