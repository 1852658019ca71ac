package org.dcrconsole.demo;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.dcrconsole.incident.Incident;
import org.dcrconsole.incident.IncidentReport;
import org.dcrconsole.incident.IncidentService;
import org.dcrconsole.incident.IncidentState;
import org.dcrconsole.incident.IncidentType;
import org.dcrconsole.incident.NaloxoneRoute;
import org.dcrconsole.incident.Outcome;
import org.dcrconsole.incident.ResponseStepKind;
import org.dcrconsole.incident.Severity;
import org.dcrconsole.incident.StepInput;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.OpeningHours;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Incidents at SPEC.md's rates: about one medical emergency per 1,000 consumption episodes
 * (Central ~200 a day, Riverside ~80, times the volume factor), plus needle-sticks, aggression,
 * theft, dealing and self-harm at lower rates; overdoses with realistic timelines (oxygen,
 * bag-valve-mask, naloxone 0.4 mg IM, a rescue dose in some, ambulance in some) and reviews in
 * every state, some overdue. Bulk rows go in through JDBC (they carry no Envers history); a few
 * recent incidents go through the service as the demo users, so their history has content.
 */
@Component
class IncidentDemoData implements DemoStep {

    /** Consumption episodes a day per demo site, as in SPEC.md. */
    private static final double CENTRAL_EPISODES = 200;
    private static final double RIVERSIDE_EPISODES = 80;
    /** Incidents per 1,000 episodes by type. */
    private static final double EMERGENCY_RATE = 1.0;
    private static final double NEEDLE_STICK_RATE = 0.12;
    private static final double AGGRESSION_RATE = 0.35;
    private static final double THEFT_RATE = 0.15;
    private static final double DEALING_RATE = 0.12;
    private static final double SELF_HARM_RATE = 0.04;
    private static final double OTHER_RATE = 0.08;


    private final JdbcTemplate jdbc;
    private final SiteService siteService;
    private final IncidentService incidentService;
    private final TransactionTemplate tx;

    IncidentDemoData(JdbcTemplate jdbc, SiteService siteService, IncidentService incidentService, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.siteService = siteService;
        this.incidentService = incidentService;
        this.tx = tx;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void run(DemoContext context) {
        Random random = context.random("incident");
        Instant now = context.clock().instant();
        Long supervisorId = context.userIds().get("supervisor");
        Long staffId = context.userIds().get("staff");
        if (supervisorId == null || staffId == null) {
            return;
        }
        List<Object[]> steps = new ArrayList<>();
        List<Object[]> actions = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            for (var site : context.siteIds().entrySet()) {
                double episodes = (site.getKey().equals(DemoContext.CENTRAL) ? CENTRAL_EPISODES : RIVERSIDE_EPISODES)
                        * context.volume();
                SiteInfo info = siteService.site(site.getValue());
                List<BoothInfo> booths = siteService.booths(site.getValue());
                List<String> aliases = aliases(site.getValue());
                for (int d = context.days(); d >= 1; d--) {
                    LocalDate day = context.today().minusDays(d);
                    for (IncidentType type : IncidentType.values()) {
                        int n = poisson(random, episodes * rate(type) / 1000.0);
                        for (int k = 0; k < n; k++) {
                            Instant at = timeOfDay(random, info, day);
                            if (at == null || !at.isBefore(now)) {
                                continue;
                            }
                            insert(random, info, booths, aliases, type, at, now, supervisorId, staffId, steps, actions);
                        }
                    }
                }
            }
            jdbc.batchUpdate("INSERT INTO response_step (incident_id, kind, step_at, naloxone_dose_mg, naloxone_route, "
                    + "respiratory_rate, spo2, gcs, outcome, note, created_at, created_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'staff')", steps);
            jdbc.batchUpdate("INSERT INTO follow_up_action (incident_id, action_text, owner_id, due_date, done, "
                    + "carried_over, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'supervisor')", actions);
        });
        throughTheService(context, random, now, supervisorId, staffId);
    }

    private static double rate(IncidentType type) {
        return switch (type) {
            case OPIOID_OVERDOSE -> EMERGENCY_RATE * 0.8;
            case OTHER_MEDICAL -> EMERGENCY_RATE * 0.2;
            case NEEDLE_STICK -> NEEDLE_STICK_RATE;
            case AGGRESSION -> AGGRESSION_RATE;
            case THEFT -> THEFT_RATE;
            case DEALING -> DEALING_RATE;
            case SELF_HARM -> SELF_HARM_RATE;
            case OTHER -> OTHER_RATE;
        };
    }

    /** Aliases of the site's demo clients: an incident names a client of the register, as the form does. */
    private List<String> aliases(long siteId) {
        return jdbc.queryForList("SELECT alias FROM client WHERE site_id = ? ORDER BY id FETCH FIRST 500 ROWS ONLY",
                String.class, siteId);
    }

    private static @Nullable String anyOf(Random random, List<String> aliases) {
        return aliases.isEmpty() ? null : aliases.get(random.nextInt(aliases.size()));
    }

    private void insert(Random random, SiteInfo site, List<BoothInfo> booths, List<String> aliases, IncidentType type,
                        Instant at, Instant now,
                        long supervisorId, long staffId, List<Object[]> steps, List<Object[]> actions) {
        Severity severity = severity(random, type);
        Instant deadline = IncidentService.reviewDeadline(site, severity, at);
        IncidentState state = state(random, at, deadline, now);
        boolean medical = type.isEmergency() || type == IncidentType.NEEDLE_STICK || type == IncidentType.SELF_HARM;
        Long boothId = medical && !booths.isEmpty() ? booths.get(random.nextInt(booths.size())).id() : null;
        String alias = type == IncidentType.THEFT && random.nextBoolean() ? null : anyOf(random, aliases);
        boolean police = type == IncidentType.DEALING ? random.nextDouble() < 0.5
                : type == IncidentType.AGGRESSION && random.nextDouble() < 0.3;
        String staff = STAFF_INITIALS[random.nextInt(STAFF_INITIALS.length)] + ", "
                + STAFF_INITIALS[random.nextInt(STAFF_INITIALS.length)];
        Instant signedOffAt = state == IncidentState.CLOSED
                ? min(deadline.minus(Duration.ofHours(1 + random.nextInt(12))), now.minusSeconds(3600)) : null;
        if (signedOffAt != null && signedOffAt.isBefore(at)) {
            signedOffAt = at.plus(Duration.ofHours(2));
        }
        Instant signedOff = signedOffAt;
        String findings = state == IncidentState.REPORTED || state == IncidentState.UNDER_REVIEW && random.nextBoolean()
                ? null : FINDINGS[random.nextInt(FINDINGS.length)];
        String factors = findings == null ? null : FACTORS[random.nextInt(FACTORS.length)];

        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO incident (site_id, occurred_at, type, severity, "
                    + "state, booth_id, client_alias, description, staff_involved, police_called, reviewer_id, findings, "
                    + "contributing_factors, review_deadline, signed_off_by, signed_off_at, created_at, created_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'staff')", new String[]{"id"});
            ps.setLong(1, site.id());
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setString(3, type.name());
            ps.setString(4, severity.name());
            ps.setString(5, state.name());
            setLong(ps, 6, boothId);
            ps.setString(7, alias);
            ps.setString(8, description(random, type));
            ps.setString(9, staff);
            ps.setBoolean(10, police);
            setLong(ps, 11, state == IncidentState.REPORTED ? null : supervisorId);
            ps.setString(12, findings);
            ps.setString(13, factors);
            ps.setTimestamp(14, Timestamp.from(deadline));
            ps.setString(15, signedOff == null ? null : "supervisor");
            ps.setTimestamp(16, signedOff == null ? null : Timestamp.from(signedOff));
            ps.setTimestamp(17, Timestamp.from(at.plus(Duration.ofMinutes(20))));
            return ps;
        }, key);
        long id = key.getKeyAs(Number.class).longValue();
        if (type == IncidentType.OPIOID_OVERDOSE) {
            overdose(random, id, at, now, steps);
        } else if (type == IncidentType.OTHER_MEDICAL) {
            otherMedical(random, id, at, now, steps);
        }
        if (state == IncidentState.ACTIONS_OPEN || state == IncidentState.CLOSED) {
            int n = 1 + random.nextInt(2);
            for (int i = 0; i < n; i++) {
                boolean done = state == IncidentState.CLOSED ? random.nextDouble() < 0.85 : random.nextBoolean();
                boolean carried = state == IncidentState.CLOSED && !done;
                LocalDate due = LocalDate.ofInstant(at, site.zone()).plusDays(7 + random.nextInt(21));
                actions.add(new Object[]{id, ACTIONS[random.nextInt(ACTIONS.length)],
                        random.nextBoolean() ? staffId : supervisorId, java.sql.Date.valueOf(due), done, carried,
                        Timestamp.from(at.plus(Duration.ofHours(20)))});
            }
        }
    }

    private static void overdose(Random r, long id, Instant t0, Instant now, List<Object[]> steps) {
        step(steps, id, ResponseStepKind.RECOGNISED, t0, null, null, null, null, null, null, now);
        int rr = 3 + r.nextInt(6);
        int spo2 = 74 + r.nextInt(16);
        int gcs = 5 + r.nextInt(7);
        Instant t = t0.plusSeconds(20 + r.nextInt(40));
        step(steps, id, ResponseStepKind.OXYGEN, t, null, null, rr, spo2, gcs, null, now);
        if (r.nextDouble() < 0.6) {
            t = t.plusSeconds(40 + r.nextInt(60));
            step(steps, id, ResponseStepKind.BAG_VALVE_MASK, t, null, null, null, null, null, null, now);
        }
        Instant firstDose = t0.plusSeconds(120 + r.nextInt(120));
        step(steps, id, ResponseStepKind.NALOXONE, firstDose, new BigDecimal("0.40"), NaloxoneRoute.IM, null, null, null,
                null, now);
        boolean ambulance = r.nextDouble() < 0.35;
        Instant called = firstDose.plusSeconds(60 + r.nextInt(180));
        if (ambulance) {
            step(steps, id, ResponseStepKind.AMBULANCE_CALLED, called, null, null, null, null, null, null, now);
        }
        boolean rescue = r.nextDouble() < 0.25;
        Instant check = firstDose.plusSeconds(420 + r.nextInt(120));
        if (rescue) {
            step(steps, id, ResponseStepKind.VITALS, check, null, null, 6 + r.nextInt(3), 88 + r.nextInt(5),
                    9 + r.nextInt(3), null, now);
            Instant second = firstDose.plusSeconds(600 + r.nextInt(60));
            step(steps, id, ResponseStepKind.NALOXONE, second, new BigDecimal("0.40"), NaloxoneRoute.IM, null, null,
                    null, null, now);
            check = second.plusSeconds(300 + r.nextInt(120));
        }
        step(steps, id, ResponseStepKind.VITALS, check, null, null, 12 + r.nextInt(6), 95 + r.nextInt(5),
                13 + r.nextInt(3), null, now);
        Outcome outcome = Outcome.RECOVERED_ON_SITE;
        Instant end = check.plusSeconds(300 + r.nextInt(900));
        if (ambulance) {
            Instant arrived = called.plusSeconds(420 + r.nextInt(600));
            step(steps, id, ResponseStepKind.AMBULANCE_ARRIVED, arrived, null, null, null, null, null, null, now);
            outcome = r.nextDouble() < 0.3 ? Outcome.REFUSED_TRANSFER : Outcome.TRANSFERRED_TO_HOSPITAL;
            end = max(end, arrived.plusSeconds(300));
        }
        step(steps, id, ResponseStepKind.OUTCOME, end, null, null, null, null, null, outcome, now);
    }

    private static void otherMedical(Random r, long id, Instant t0, Instant now, List<Object[]> steps) {
        step(steps, id, ResponseStepKind.RECOGNISED, t0, null, null, null, null, null, null, now);
        Instant t = t0.plusSeconds(60 + r.nextInt(120));
        step(steps, id, ResponseStepKind.VITALS, t, null, null, 14 + r.nextInt(12), 90 + r.nextInt(9),
                11 + r.nextInt(5), null, now);
        if (r.nextBoolean()) {
            t = t.plusSeconds(30 + r.nextInt(60));
            step(steps, id, ResponseStepKind.OXYGEN, t, null, null, null, null, null, null, now);
        }
        if (r.nextDouble() < 0.5) {
            Instant called = t.plusSeconds(60 + r.nextInt(120));
            step(steps, id, ResponseStepKind.AMBULANCE_CALLED, called, null, null, null, null, null, null, now);
            Instant arrived = called.plusSeconds(480 + r.nextInt(600));
            step(steps, id, ResponseStepKind.AMBULANCE_ARRIVED, arrived, null, null, null, null, null, null, now);
            step(steps, id, ResponseStepKind.OUTCOME, arrived.plusSeconds(600), null, null, null, null, null,
                    Outcome.TRANSFERRED_TO_HOSPITAL, now);
        } else {
            step(steps, id, ResponseStepKind.OUTCOME, t.plusSeconds(1200 + r.nextInt(600)), null, null, null, null,
                    null, Outcome.RECOVERED_ON_SITE, now);
        }
    }

    private static void step(List<Object[]> steps, long id, ResponseStepKind kind, Instant at, @Nullable BigDecimal dose,
                             @Nullable NaloxoneRoute route, @Nullable Integer rr, @Nullable Integer spo2,
                             @Nullable Integer gcs, @Nullable Outcome outcome, Instant now) {
        Instant stamped = at.isAfter(now) ? now : at;
        steps.add(new Object[]{id, kind.name(), Timestamp.from(stamped), dose, route == null ? null : route.name(), rr, spo2,
                gcs, outcome == null ? null : outcome.name(), null, Timestamp.from(stamped)});
    }

    private static Severity severity(Random r, IncidentType type) {
        double x = r.nextDouble();
        return switch (type) {
            case OPIOID_OVERDOSE -> x < 0.05 ? Severity.LOW : x < 0.55 ? Severity.MODERATE : Severity.SEVERE;
            case OTHER_MEDICAL -> x < 0.3 ? Severity.LOW : x < 0.8 ? Severity.MODERATE : Severity.SEVERE;
            case NEEDLE_STICK, SELF_HARM -> x < 0.6 ? Severity.LOW : Severity.MODERATE;
            case AGGRESSION -> x < 0.4 ? Severity.NONE : x < 0.85 ? Severity.LOW : Severity.MODERATE;
            case THEFT, DEALING, OTHER -> x < 0.7 ? Severity.NONE : Severity.LOW;
        };
    }

    /** Older incidents are mostly closed; some reviews lag behind their deadline (overdue). */
    private static IncidentState state(Random r, Instant at, Instant deadline, Instant now) {
        double x = r.nextDouble();
        if (deadline.isAfter(now)) {
            return x < 0.5 ? IncidentState.REPORTED : x < 0.85 ? IncidentState.UNDER_REVIEW : IncidentState.ACTIONS_OPEN;
        }
        long ageDays = Duration.between(at, now).toDays();
        if (ageDays > 30) {
            return x < 0.9 ? IncidentState.CLOSED : x < 0.96 ? IncidentState.ACTIONS_OPEN : IncidentState.UNDER_REVIEW;
        }
        return x < 0.6 ? IncidentState.CLOSED : x < 0.8 ? IncidentState.ACTIONS_OPEN
                : x < 0.92 ? IncidentState.UNDER_REVIEW : IncidentState.REPORTED;
    }

    private static @Nullable Instant timeOfDay(Random r, SiteInfo site, LocalDate day) {
        OpeningHours hours = site.openingHours(day.getDayOfWeek()).orElse(null);
        if (hours == null) {
            return null;
        }
        LocalTime opens = hours.getOpens();
        long minutes = Duration.between(opens, hours.getCloses()).toMinutes();
        if (minutes <= 0) {
            minutes += 24 * 60;
        }
        ZonedDateTime start = day.atTime(opens).atZone(site.zone());
        return start.plusMinutes(r.nextLong(minutes)).plusSeconds(r.nextInt(60)).toInstant();
    }

    /** Knuth's method; the daily means here are small (well under 1). */
    private static int poisson(Random r, double mean) {
        double limit = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > limit);
        return k - 1;
    }

    private static String description(Random r, IncidentType type) {
        String[] options = switch (type) {
            case OPIOID_OVERDOSE -> new String[]{
                    "Client slumped in booth shortly after injecting heroin; pinpoint pupils, shallow breathing, cyanotic lips.",
                    "Booth neighbour alerted staff: client unresponsive to voice, snoring respirations.",
                    "Client found unresponsive after smoking heroin; respiratory depression, no response to pain."};
            case OTHER_MEDICAL -> new String[]{
                    "Client had a seizure in the inhalation room after smoking crack; recovered after several minutes.",
                    "Client collapsed at reception, chest pain and sweating.",
                    "Client became agitated and hyperthermic after amphetamine use; cooled and monitored."};
            case NEEDLE_STICK -> new String[]{
                    "Staff member pricked by a used needle while clearing a sharps tray; wound washed, occupational health informed.",
                    "Used syringe left on the booth shelf; staff member pricked while cleaning."};
            case AGGRESSION -> new String[]{
                    "Client shouted at staff after being refused entry while visibly intoxicated; left when asked.",
                    "Argument between two clients in the waiting area escalated to pushing; separated by staff.",
                    "Client threw a chair in the counselling room; no one injured."};
            case SELF_HARM -> new String[]{
                    "Client cut their forearm in the bathroom; wound dressed, crisis service contacted."};
            case THEFT -> new String[]{
                    "Backpack taken from the waiting area while its owner was in a booth.",
                    "Box of sterile water ampoules missing from the supply cart."};
            case DEALING -> new String[]{
                    "Client seen passing small packets to others in the waiting area; asked to leave, house rules explained.",
                    "Suspected dealing at the entrance; police informed."};
            case OTHER -> new String[]{
                    "Fire alarm triggered by smoke from the inhalation room extractor; building evacuated for ten minutes.",
                    "Client lost consciousness briefly in the queue, declined any help."};
        };
        return options[r.nextInt(options.length)];
    }

    private static final String[] STAFF_INITIALS = {"AB", "CK", "DM", "EL", "FS", "GT", "HN", "JW"};
    private static final String[] FINDINGS = {
            "Recognised within two minutes, protocol followed, naloxone given on time.",
            "Booth not visible from the supervision desk; recognition delayed.",
            "Oxygen cylinder at the booth was nearly empty; spare fetched from the store.",
            "Response as trained; debrief held with the shift."};
    private static final String[] FACTORS = {
            "Client used alone after a period of abstinence (lower tolerance).",
            "Busy period: all booths occupied, two staff on the floor.",
            "New batch of heroin in the area; several similar events reported city-wide.",
            "Mixed use of benzodiazepines and opioids."};
    private static final String[] ACTIONS = {
            "Refresh naloxone and bag-valve-mask training for the evening shift",
            "Check oxygen cylinders at the start of every shift",
            "Fit a convex mirror for booth visibility",
            "Share drug-checking alert with clients at reception",
            "Review staffing on Friday evenings"};

    private static void setLong(PreparedStatement ps, int index, @Nullable Long value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * A few recent incidents reported, timed and reviewed through the service as the demo staff
     * member and supervisor, so that their history shows real revisions.
     */
    private void throughTheService(DemoContext context, Random random, Instant now, long supervisorId, long staffId) {
        Set<Long> sites = Set.copyOf(context.siteIds().values());
        SignedInUser staff = new SignedInUser(staffId, "staff", "Sara Staff", null, EnumSet.of(Role.STAFF), sites, true, null);
        SignedInUser supervisor = new SignedInUser(supervisorId, "supervisor", "Sven Supervisor", null,
                EnumSet.of(Role.SUPERVISOR), sites, true, null);
        long siteId = context.siteId(DemoContext.CENTRAL);
        List<BoothInfo> booths = siteService.booths(siteId);
        List<String> centralAliases = aliases(siteId);
        for (int i = 0; i < 3; i++) {
            Instant t0 = now.minus(Duration.ofHours(3 + 20L * i)).minusSeconds(random.nextInt(600));
            long boothId = booths.get(random.nextInt(booths.size())).id();
            long id = as(staff, () -> {
                IncidentReport report = new IncidentReport(t0, IncidentType.OPIOID_OVERDOSE, Severity.SEVERE,
                        "Client unresponsive in booth after injecting; pinpoint pupils, breathing 4 per minute.");
                report.setBoothId(boothId);
                report.setClientAlias(anyOf(random, centralAliases));
                report.setStaffInvolved("AB, CK");
                Incident incident = incidentService.report(siteId, report);
                long incidentId = incident.getId();
                incidentService.addStep(siteId, incidentId, StepInput.of(ResponseStepKind.RECOGNISED, t0));
                incidentService.addStep(siteId, incidentId,
                        StepInput.of(ResponseStepKind.OXYGEN, t0.plusSeconds(35)).withVitals(4, 78, 6));
                incidentService.addStep(siteId, incidentId, StepInput.of(ResponseStepKind.BAG_VALVE_MASK, t0.plusSeconds(90)));
                incidentService.addStep(siteId, incidentId,
                        StepInput.naloxone(t0.plusSeconds(150), new BigDecimal("0.4"), NaloxoneRoute.IM));
                incidentService.addStep(siteId, incidentId, StepInput.of(ResponseStepKind.AMBULANCE_CALLED, t0.plusSeconds(240)));
                incidentService.addStep(siteId, incidentId, StepInput.vitals(t0.plusSeconds(690), 7, 90, 10));
                incidentService.addStep(siteId, incidentId,
                        StepInput.naloxone(t0.plusSeconds(760), new BigDecimal("0.4"), NaloxoneRoute.IM));
                incidentService.addStep(siteId, incidentId, StepInput.of(ResponseStepKind.AMBULANCE_ARRIVED, t0.plusSeconds(900)));
                incidentService.addStep(siteId, incidentId, StepInput.vitals(t0.plusSeconds(1080), 14, 97, 14));
                incidentService.addStep(siteId, incidentId,
                        StepInput.outcome(t0.plusSeconds(1500), Outcome.TRANSFERRED_TO_HOSPITAL));
                return incidentId;
            });
            int reviewStage = i;
            as(supervisor, () -> {
                if (reviewStage >= 1) {
                    incidentService.startReview(siteId, id, supervisorId);
                    Incident current = incidentService.get(siteId, id).incident();
                    incidentService.saveReview(siteId, id, current.getVersion(),
                            "Recognised within a minute; rescue dose given at 10 minutes as per protocol.",
                            "Client used alone after a week in custody (lower tolerance).");
                    incidentService.addAction(siteId, id, "Add release-from-custody risk to the admission talk",
                            staffId, LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).plusDays(14));
                }
                if (reviewStage >= 2) {
                    incidentService.openActions(siteId, id);
                }
                return id;
            });
        }
    }

    private static <T> T as(SignedInUser user, java.util.function.Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
