package org.dcrconsole.demo;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dcrconsole.roster.Absence;
import org.dcrconsole.roster.AbsenceKind;
import org.dcrconsole.roster.GapFiller;
import org.dcrconsole.roster.PlannedShift;
import org.dcrconsole.roster.Profession;
import org.dcrconsole.roster.Qualification;
import org.dcrconsole.roster.ShiftPosition;
import org.dcrconsole.roster.ShiftStatus;
import org.dcrconsole.roster.StaffProfile;
import org.dcrconsole.roster.StaffingRules;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff and rosters of the demo network: about 20 people at Central and 10 at Riverside (three
 * work at both), the demo users "staff" and "supervisor" linked to staff members; published
 * rosters for the demo history (at least four weeks) and this week, next week as a draft. Each
 * day has an early and a late shift per site, planned greedily within every working-time rule;
 * then a few deliberate gaps (missing people, missing medical cover) and rule breaks (a long
 * duty, short rest, a shift during sickness, hours over contract) are put in this week and next,
 * for the planner to show and "fill gaps" to work on.
 */
@Component
class RosterDemoData implements DemoStep {

    private static final LocalTime CENTRAL_EARLY = LocalTime.of(11, 0);
    private static final LocalTime CENTRAL_LATE = LocalTime.of(16, 30);
    private static final LocalTime RIVERSIDE_EARLY = LocalTime.of(9, 0);
    private static final LocalTime RIVERSIDE_LATE = LocalTime.of(14, 30);
    private static final Duration SHIFT = Duration.ofMinutes(390);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    RosterDemoData(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public int order() {
        return 200;
    }

    /** One person of the demo: name, profession, contract hours, the sites by demo name, the demo user. */
    private record Person(String name, Profession profession, int hours, List<String> sites, String user) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("Dr. Katrin Vogel", Profession.DOCTOR, 30, List.of(DemoContext.CENTRAL), null),
            new Person("Dr. Emre Yıldız", Profession.DOCTOR, 20, List.of(DemoContext.CENTRAL, DemoContext.RIVERSIDE), null),
            new Person("Sara Staff", Profession.NURSE, 38, List.of(DemoContext.CENTRAL, DemoContext.RIVERSIDE), "staff"),
            new Person("Jonas Becker", Profession.NURSE, 39, List.of(DemoContext.CENTRAL), null),
            new Person("Aylin Demir", Profession.NURSE, 39, List.of(DemoContext.CENTRAL), null),
            new Person("Marta Nowak", Profession.NURSE, 32, List.of(DemoContext.CENTRAL), null),
            new Person("Lukas Hartmann", Profession.NURSE, 39, List.of(DemoContext.CENTRAL), null),
            new Person("Fatima Haddad", Profession.NURSE, 30, List.of(DemoContext.CENTRAL), null),
            new Person("Tobias Klein", Profession.NURSE, 39, List.of(DemoContext.CENTRAL), null),
            new Person("Nina Schulz", Profession.PARAMEDIC, 39, List.of(DemoContext.CENTRAL), null),
            new Person("David Okafor", Profession.PARAMEDIC, 32, List.of(DemoContext.CENTRAL, DemoContext.RIVERSIDE), null),
            new Person("Sven Supervisor", Profession.SOCIAL_WORKER, 39, List.of(DemoContext.CENTRAL), "supervisor"),
            new Person("Lea Fischer", Profession.SOCIAL_WORKER, 39, List.of(DemoContext.CENTRAL), null),
            new Person("Mehmet Arslan", Profession.SOCIAL_WORKER, 30, List.of(DemoContext.CENTRAL), null),
            new Person("Julia Wagner", Profession.SOCIAL_WORKER, 39, List.of(DemoContext.CENTRAL), null),
            new Person("Kai Brandt", Profession.PEER_WORKER, 25, List.of(DemoContext.CENTRAL), null),
            new Person("Sabine Roth", Profession.PEER_WORKER, 30, List.of(DemoContext.CENTRAL), null),
            new Person("Paul Zimmermann", Profession.PEER_WORKER, 20, List.of(DemoContext.CENTRAL), null),
            new Person("Ivan Petrov", Profession.SECURITY, 39, List.of(DemoContext.CENTRAL), null),
            new Person("Miriam Weiss", Profession.SECURITY, 39, List.of(DemoContext.CENTRAL), null),
            new Person("Anna Lehmann", Profession.NURSE, 39, List.of(DemoContext.RIVERSIDE), null),
            new Person("Stefan Krüger", Profession.NURSE, 30, List.of(DemoContext.RIVERSIDE), null),
            new Person("Olga Smirnova", Profession.NURSE, 25, List.of(DemoContext.RIVERSIDE), null),
            new Person("Hannah Braun", Profession.SOCIAL_WORKER, 39, List.of(DemoContext.RIVERSIDE), null),
            new Person("Yusuf Çelik", Profession.SOCIAL_WORKER, 30, List.of(DemoContext.RIVERSIDE), null),
            new Person("Tom Richter", Profession.PEER_WORKER, 20, List.of(DemoContext.RIVERSIDE), null),
            new Person("Leonie Wolf", Profession.SECURITY, 30, List.of(DemoContext.RIVERSIDE), null));

    @Override
    public void run(DemoContext context) {
        tx.executeWithoutResult(status -> generate(context));
    }

    private void generate(DemoContext context) {
        Random random = context.random("roster");
        ZoneId zone = ZoneId.of("Europe/Berlin");
        LocalDate thisMonday = context.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int pastWeeks = Math.max(4, (context.days() + 6) / 7);
        LocalDate firstMonday = thisMonday.minusWeeks(pastWeeks);
        LocalDate nextMonday = thisMonday.plusWeeks(1);

        Map<String, StaffProfile> people = new LinkedHashMap<>();
        for (Person p : PEOPLE) {
            people.put(p.name(), insert(context, p, absences(p, thisMonday)));
        }

        Map<Long, List<PlannedShift>> byPerson = new HashMap<>();
        List<PlannedShift> all = new ArrayList<>();
        for (LocalDate monday = firstMonday; !monday.isAfter(nextMonday); monday = monday.plusWeeks(1)) {
            ShiftStatus status = monday.isBefore(nextMonday) ? ShiftStatus.PUBLISHED : ShiftStatus.DRAFT;
            Instant keepFrom = monday.atStartOfDay(zone).toInstant().minus(Duration.ofDays(8));
            byPerson.values().forEach(list -> list.removeIf(s -> s.start().isBefore(keepFrom)));
            boolean current = !monday.isBefore(thisMonday);
            for (LocalDate day = monday; day.isBefore(monday.plusWeeks(1)); day = day.plusDays(1)) {
                for (boolean early : new boolean[] {true, false}) {
                    plan(context, DemoContext.CENTRAL, day, early ? CENTRAL_EARLY : CENTRAL_LATE,
                            centralNeed(day, early, thisMonday, nextMonday), needsMedic(DemoContext.CENTRAL, day, early,
                                    thisMonday, nextMonday), status, zone, people, byPerson, all, random);
                    plan(context, DemoContext.RIVERSIDE, day, early ? RIVERSIDE_EARLY : RIVERSIDE_LATE,
                            riversideNeed(day, early, current, random), needsMedic(DemoContext.RIVERSIDE, day, early,
                                    thisMonday, nextMonday), status, zone, people, byPerson, all, random);
                }
            }
        }
        ruleBreaks(context, zone, thisMonday, people, byPerson, all);
        insertShifts(all);
    }

    /** Central needs 5 per shift (28 booths, one per 6); a few deliberate gaps this week and next. */
    private static int centralNeed(LocalDate day, boolean early, LocalDate thisMonday, LocalDate nextMonday) {
        if (day.equals(thisMonday.plusDays(2)) && !early) {
            return 3; // Wednesday late: two short
        }
        if (day.equals(thisMonday.plusDays(5)) && early) {
            return 4; // Saturday early: one short (booths per staff)
        }
        if (day.equals(nextMonday.plusDays(1)) && !early) {
            return 3;
        }
        if (day.equals(nextMonday.plusDays(6)) && !early) {
            return 4;
        }
        return 5;
    }

    /** Riverside needs 2 per shift; in the past now and then one is missing, as in real life. */
    private static int riversideNeed(LocalDate day, boolean early, boolean current, Random random) {
        return !current && random.nextInt(40) == 0 ? 1 : 2;
    }

    /** A medic on every shift, except the deliberate gaps in medical cover. */
    private static boolean needsMedic(String site, LocalDate day, boolean early, LocalDate thisMonday,
                                      LocalDate nextMonday) {
        if (site.equals(DemoContext.RIVERSIDE)) {
            return !(day.equals(thisMonday.plusDays(3)) && !early) && !(day.equals(nextMonday.plusDays(4)) && early);
        }
        return true;
    }

    private static List<Absence> absences(Person p, LocalDate thisMonday) {
        return switch (p.name()) {
            case "Marta Nowak" -> List.of(new Absence(AbsenceKind.LEAVE, thisMonday.minusDays(2), thisMonday.plusDays(6)));
            case "Jonas Becker" -> List.of(new Absence(AbsenceKind.SICKNESS, thisMonday.plusDays(1), thisMonday.plusDays(3)));
            case "Hannah Braun" -> List.of(new Absence(AbsenceKind.TRAINING, thisMonday.plusWeeks(1).plusDays(2),
                    thisMonday.plusWeeks(1).plusDays(3)));
            case "Lea Fischer" -> List.of(new Absence(AbsenceKind.LEAVE, thisMonday.minusWeeks(3),
                    thisMonday.minusWeeks(3).plusDays(6)));
            default -> List.of();
        };
    }

    private StaffProfile insert(DemoContext context, Person p, List<Absence> absences) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Long userId = p.user() == null ? null : context.userIds().get(p.user());
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO staff_member (name, profession, contracted_hours, user_id, "
                    + "created_at, created_by) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, 'system')", new String[] {"id"});
            ps.setString(1, p.name());
            ps.setString(2, p.profession().name());
            ps.setInt(3, p.hours());
            ps.setObject(4, userId);
            return ps;
        }, key);
        long id = key.getKey().longValue();
        List<Long> siteIds = p.sites().stream().map(context::siteId).toList();
        for (Long siteId : siteIds) {
            jdbc.update("INSERT INTO staff_member_site (staff_member_id, site_id) VALUES (?, ?)", id, siteId);
        }
        Set<Qualification> qualifications = qualifications(p);
        for (Qualification q : qualifications) {
            jdbc.update("INSERT INTO staff_qualification (staff_member_id, qualification) VALUES (?, ?)", id, q.name());
        }
        for (Absence a : absences) {
            jdbc.update("INSERT INTO staff_absence (staff_member_id, kind, first_day, last_day) VALUES (?, ?, ?, ?)",
                    id, a.getKind().name(), Date.valueOf(a.getFirstDay()), Date.valueOf(a.getLastDay()));
        }
        return new StaffProfile(id, p.name(), p.profession(), qualifications, p.hours(), Set.copyOf(siteIds), absences,
                userId);
    }

    private static Set<Qualification> qualifications(Person p) {
        return switch (p.profession()) {
            case DOCTOR, NURSE, PARAMEDIC -> EnumSet.of(Qualification.MEDICAL, Qualification.NALOXONE,
                    Qualification.FIRST_AID);
            case SOCIAL_WORKER -> EnumSet.of(Qualification.NALOXONE, Qualification.FIRST_AID);
            case PEER_WORKER -> p.hours() >= 25 ? EnumSet.of(Qualification.NALOXONE, Qualification.FIRST_AID)
                    : EnumSet.of(Qualification.NALOXONE);
            case SECURITY -> EnumSet.of(Qualification.FIRST_AID);
        };
    }

    /**
     * Fills one shift of a site with {@code need} people, a medic first if asked (and only
     * non-medics otherwise), each free of every working-time issue; the least-booked go first.
     */
    private static void plan(DemoContext context, String siteName, LocalDate day, LocalTime start, int need,
                             boolean medic, ShiftStatus status, ZoneId zone, Map<String, StaffProfile> people,
                             Map<Long, List<PlannedShift>> byPerson, List<PlannedShift> all, Random random) {
        long siteId = context.siteId(siteName);
        Instant from = ZonedDateTime.of(day, start, zone).toInstant();
        Instant to = ZonedDateTime.of(day, start, zone).plus(SHIFT).toInstant();
        Instant weekStart = StaffingRules.weekStart(from, zone);
        List<StaffProfile> candidates = new ArrayList<>(people.values().stream()
                .filter(p -> p.siteIds().contains(siteId)).toList());
        Collections.shuffle(candidates, random);
        candidates.sort(Comparator.comparing((StaffProfile p) -> byPerson.getOrDefault(p.id(), List.of()).stream()
                .filter(s -> !s.start().isBefore(weekStart)).map(PlannedShift::duration)
                .reduce(Duration.ZERO, Duration::plus)));
        int planned = 0;
        boolean hasMedic = !medic;
        for (int round = 0; round < 2 && planned < need; round++) {
            for (StaffProfile p : candidates) {
                if (planned >= need) {
                    break;
                }
                boolean wantMedic = !hasMedic;
                if ((round == 0 && wantMedic != p.isMedical()) || (!medic && p.isMedical())) {
                    continue;
                }
                List<PlannedShift> theirs = byPerson.computeIfAbsent(p.id(), k -> new ArrayList<>());
                PlannedShift shift = new PlannedShift(null, 0, p.id(), siteId, from, to, GapFiller.positionFor(p),
                        status);
                if (theirs.stream().anyMatch(s -> s.start().equals(from) && s.staffMemberId() == p.id())
                        || !StaffingRules.check(shift, p, theirs, zone).isEmpty()) {
                    continue;
                }
                theirs.add(shift);
                all.add(shift);
                planned++;
                hasMedic |= p.isMedical();
            }
        }
    }

    /** The flagged shifts of this week: a long duty, short rest, during sickness, over contract. */
    private static void ruleBreaks(DemoContext context, ZoneId zone, LocalDate thisMonday,
                                   Map<String, StaffProfile> people, Map<Long, List<PlannedShift>> byPerson,
                                   List<PlannedShift> all) {
        long central = context.siteId(DemoContext.CENTRAL);
        long riverside = context.siteId(DemoContext.RIVERSIDE);
        LocalDate friday = thisMonday.plusDays(4);
        force(people.get("Ivan Petrov"), central, ZonedDateTime.of(friday, LocalTime.of(11, 0), zone),
                Duration.ofHours(11), byPerson, all);
        LocalDate tuesday = thisMonday.plusDays(1);
        force(people.get("David Okafor"), central, ZonedDateTime.of(tuesday, LocalTime.of(16, 30), zone), SHIFT,
                byPerson, all);
        force(people.get("David Okafor"), riverside, ZonedDateTime.of(tuesday.plusDays(1), LocalTime.of(9, 0), zone),
                SHIFT, byPerson, all);
        force(people.get("Jonas Becker"), central, ZonedDateTime.of(tuesday.plusDays(1), LocalTime.of(11, 0), zone),
                SHIFT, byPerson, all);
        for (int d = 0; d < 4; d++) {
            force(people.get("Paul Zimmermann"), central, ZonedDateTime.of(thisMonday.plusDays(d), LocalTime.of(11, 0),
                    zone), SHIFT, byPerson, all);
        }
    }

    /**
     * Adds a shift even if it breaks a warning rule; a shift of the person it would overlap is
     * taken out, since the planner refuses overlaps.
     */
    private static void force(StaffProfile p, long siteId, ZonedDateTime start, Duration length,
                              Map<Long, List<PlannedShift>> byPerson, List<PlannedShift> all) {
        Instant from = start.toInstant();
        Instant to = start.plus(length).toInstant();
        List<PlannedShift> theirs = byPerson.computeIfAbsent(p.id(), k -> new ArrayList<>());
        List<PlannedShift> clashing = theirs.stream().filter(s -> s.overlaps(from, to)).toList();
        theirs.removeAll(clashing);
        all.removeAll(clashing);
        PlannedShift shift = new PlannedShift(null, 0, p.id(), siteId, from, to, GapFiller.positionFor(p),
                ShiftStatus.PUBLISHED);
        theirs.add(shift);
        all.add(shift);
    }

    private void insertShifts(List<PlannedShift> all) {
        List<Object[]> rows = new ArrayList<>(all.size());
        for (PlannedShift s : all) {
            rows.add(new Object[] {s.staffMemberId(), s.siteId(), OffsetDateTime.ofInstant(s.start(), ZoneOffset.UTC),
                    OffsetDateTime.ofInstant(s.end(), ZoneOffset.UTC), s.position().name(), s.status().name()});
        }
        jdbc.batchUpdate("INSERT INTO shift (staff_member_id, site_id, starts_at, ends_at, position, status, "
                + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, 'system')", rows);
    }
}
