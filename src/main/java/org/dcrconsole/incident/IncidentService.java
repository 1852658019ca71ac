package org.dcrconsole.incident;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dcrconsole.audit.AccessKind;
import org.dcrconsole.audit.AccessLogService;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.booth.ClientCode;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.base.validation.PlainTextValidator;
import org.dcrconsole.booth.VisitRef;
import org.dcrconsole.booth.VisitService;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.Roles;
import org.dcrconsole.security.UserRef;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Incidents of a site: the report, the emergency response timeline, the review workflow
 * (reported → under review → actions open → closed), the history Envers keeps of all of it,
 * the PDF for the health authority, and the counts the dashboard shows. The only door into
 * the incident feature; ADMIN is refused everywhere (no incident data for IT).
 */
@Service
@Validated
public class IncidentService {

    private static final Set<IncidentState> OPEN_STATES =
            EnumSet.of(IncidentState.REPORTED, IncidentState.UNDER_REVIEW, IncidentState.ACTIONS_OPEN);
    private static final Set<IncidentType> EMERGENCIES = EnumSet.of(IncidentType.OPIOID_OVERDOSE, IncidentType.OTHER_MEDICAL);
    /** A step may be stamped a little ahead of the server clock (tablet clocks drift), not more. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(2);

    private final IncidentRepository incidents;
    private final ResponseStepRepository steps;
    private final FollowUpActionRepository actions;
    private final SiteService siteService;
    private final UserService userService;
    private final VisitService visitService;
    private final Clock clock;
    private final AccessLogService accessLog;
    private final ClientService clientService;

    @PersistenceContext
    private EntityManager entityManager;

    IncidentService(IncidentRepository incidents, ResponseStepRepository steps, FollowUpActionRepository actions,
                    SiteService siteService, UserService userService, VisitService visitService, Clock clock,
                    AccessLogService accessLog, ClientService clientService) {
        this.accessLog = accessLog;
        this.clientService = clientService;
        this.incidents = incidents;
        this.steps = steps;
        this.actions = actions;
        this.siteService = siteService;
        this.userService = userService;
        this.visitService = visitService;
        this.clock = clock;
    }

    // --- reading ---

    /**
     * A page of the site's incidents matching the filter, in the page's order (newest first when it
     * has none), ties broken by id so pages never overlap or skip a row.
     */
    @PreAuthorize(Roles.CLIENT_DATA)
    @Transactional(readOnly = true)
    public Slice<IncidentRow> list(long siteId, IncidentFilter filter, Pageable requested) {
        CurrentUser.requireSite(siteId);
        Sort order = requested.getSort().isSorted() ? requested.getSort() : Sort.by(Sort.Direction.DESC, Incident.SORT_OCCURRED);
        Pageable pageable = PageRequest.of(requested.getPageNumber(), requested.getPageSize(),
                order.getOrderFor("id") == null ? order.and(Sort.by(Sort.Direction.DESC, "id")) : order);
        ZoneId zone = siteService.site(siteId).zone();
        Instant now = clock.instant();
        Specification<Incident> spec = (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            p.add(cb.equal(root.get("siteId"), siteId));
            if (filter.type() != null) {
                p.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.severity() != null) {
                p.add(cb.equal(root.get("severity"), filter.severity()));
            }
            if (filter.state() != null) {
                p.add(cb.equal(root.get("state"), filter.state()));
            }
            if (filter.from() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from().atStartOfDay(zone).toInstant()));
            }
            if (filter.to() != null) {
                p.add(cb.lessThan(root.get("occurredAt"), filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            if (filter.boothId() != null) {
                p.add(cb.equal(root.get("boothId"), filter.boothId()));
            }
            if (filter.overdueOnly()) {
                p.add(root.get("state").in(OPEN_STATES));
                p.add(cb.lessThan(root.get("reviewDeadline"), now));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
        return incidents.findBy(spec, q -> q.slice(pageable)).map(i -> toRow(i, now));
    }

    /**
     * The incidents of the site that name the client's alias, newest first: the narrow read the
     * client page needs (floor roles only, no filter beyond the alias).
     */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public Slice<IncidentRow> forClient(long siteId, String clientAlias, Pageable requested) {
        CurrentUser.requireSite(siteId);
        Pageable pageable = PageRequest.of(requested.getPageNumber(), requested.getPageSize());
        Instant now = clock.instant();
        return incidents.findBySiteIdAndClientAliasOrderByOccurredAtDescIdDesc(siteId, clientAlias, pageable)
                .map(i -> toRow(i, now));
    }

    /**
     * One incident with its timeline and actions; "not found" for another site's incident. Recorded
     * in the access log.
     */
    @PreAuthorize(Roles.CLIENT_DATA)
    @Transactional(readOnly = true)
    public IncidentDetails get(long siteId, long incidentId) {
        CurrentUser.requireSite(siteId);
        IncidentDetails details = details(siteId, incidentId);
        accessLog.record(AccessKind.INCIDENT_OPENED, siteId, subject(details.incident()));
        return details;
    }

    private IncidentDetails details(long siteId, long incidentId) {
        Incident incident = load(siteId, incidentId);
        return new IncidentDetails(incident, steps.findByIncidentIdOrderByAtAscIdAsc(incidentId),
                actions.findByIncidentIdOrderByDueDateAscIdAsc(incidentId));
    }

    /** How the access log names an incident: its id and the client's alias, if any. */
    private static String subject(Incident incident) {
        return "incident #" + incident.getId()
                + (incident.getClientAlias() == null ? "" : " client " + incident.getClientAlias());
    }

    /**
     * Every change of the incident, its steps and its actions, oldest first: who, when, which
     * field, old and new value. Read from the Envers tables; there is no way to change them here.
     */
    @PreAuthorize(Roles.CLIENT_DATA)
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long siteId, long incidentId) {
        CurrentUser.requireSite(siteId);
        load(siteId, incidentId);
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<HistoryEntry> entries = new ArrayList<>();
        entries.addAll(diff("incident", reader.createQuery().forRevisionsOfEntity(Incident.class, false, true)
                .add(AuditEntity.id().eq(incidentId)).addOrder(AuditEntity.revisionNumber().asc()).getResultList(),
                IncidentService::incidentFields));
        entries.addAll(diff("step", childRevisions(reader, ResponseStep.class, incidentId), IncidentService::stepFields));
        entries.addAll(diff("action", childRevisions(reader, FollowUpAction.class, incidentId),
                IncidentService::actionFields));
        entries.sort((a, b) -> Long.compare(a.revision(), b.revision()));
        return List.copyOf(entries);
    }

    /**
     * The incident as a PDF report for the health authority: alias only, never a client code.
     * Recorded in the access log.
     */
    @PreAuthorize(Roles.CLIENT_DATA)
    @Transactional(readOnly = true)
    public byte[] pdf(long siteId, long incidentId, Locale locale) {
        CurrentUser.requireSite(siteId);
        IncidentDetails details = details(siteId, incidentId);
        SiteInfo site = siteService.site(siteId);
        Long boothId = details.incident().getBoothId();
        String booth = boothId == null ? null : siteService.booth(siteId, boothId).label();
        byte[] pdf = new IncidentPdf(locale, site, booth, userNames(siteId), clock.instant()).render(details);
        accessLog.record(AccessKind.INCIDENT_PDF, siteId, subject(details.incident()));
        return pdf;
    }

    /**
     * The site's incident figures for a period [from, to): emergencies, naloxone doses, ambulance
     * calls, deaths, overdoses that needed naloxone, and the reviews overdue now.
     */
    @PreAuthorize(Roles.CLIENT_DATA)
    @Transactional(readOnly = true)
    public IncidentCounts counts(long siteId, Instant from, Instant to) {
        CurrentUser.requireSite(siteId);
        return new IncidentCounts(
                incidents.countOfTypes(siteId, from, to, EMERGENCIES),
                incidents.countSteps(siteId, from, to, ResponseStepKind.NALOXONE),
                incidents.countIncidentsWithStep(siteId, from, to, ResponseStepKind.AMBULANCE_CALLED,
                        EnumSet.allOf(IncidentType.class)),
                incidents.countOfSeverity(siteId, from, to, Severity.DEATH),
                incidents.countIncidentsWithStep(siteId, from, to, ResponseStepKind.NALOXONE,
                        EnumSet.of(IncidentType.OPIOID_OVERDOSE)),
                incidents.countOverdue(siteId, OPEN_STATES, clock.instant()));
    }

    // --- reporting and the response timeline ---

    /**
     * Reports an incident. A booth must belong to the site; the review deadline follows from
     * the severity and the site's settings.
     */
    @PreAuthorize(Roles.CLIENT_DATA)
    @Transactional
    public Incident report(long siteId, @Valid IncidentReport report) {
        CurrentUser.requireSite(siteId);
        Incident incident = new Incident(siteId);
        apply(siteId, incident, report);
        return incidents.saveAndFlush(incident);
    }

    /** Corrects the report of an incident that is not closed. */
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR')")
    @Transactional
    public Incident updateReport(long siteId, long incidentId, long version, @Valid IncidentReport report) {
        CurrentUser.requireSite(siteId);
        Incident incident = loadVersion(siteId, incidentId, version);
        requireNotClosed(incident);
        apply(siteId, incident, report);
        return incidents.saveAndFlush(incident);
    }

    /** Records one response step (a tap on the emergency screen), stamped with the given time. */
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR')")
    @Transactional
    public ResponseStep addStep(long siteId, long incidentId, StepInput input) {
        CurrentUser.requireSite(siteId);
        Incident incident = load(siteId, incidentId);
        requireNotClosed(incident);
        ResponseStep step = new ResponseStep(incidentId, input.kind());
        applyStep(siteId, step, input);
        return steps.saveAndFlush(step);
    }

    /** Corrects a step's time, dose, vitals, outcome or note (the kind stays). */
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR')")
    @Transactional
    public ResponseStep updateStep(long siteId, long incidentId, long stepId, StepInput input) {
        CurrentUser.requireSite(siteId);
        Incident incident = load(siteId, incidentId);
        requireNotClosed(incident);
        ResponseStep step = steps.findByIdAndIncidentId(stepId, incidentId)
                .orElseThrow(() -> new BusinessException("error.notFound"));
        if (step.getKind() != input.kind()) {
            throw new BusinessException("kind", "response.error.kindChanged");
        }
        applyStep(siteId, step, input);
        return steps.saveAndFlush(step);
    }

    /** Removes a step tapped by mistake; the history keeps it. */
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR')")
    @Transactional
    public void removeStep(long siteId, long incidentId, long stepId) {
        CurrentUser.requireSite(siteId);
        Incident incident = load(siteId, incidentId);
        requireNotClosed(incident);
        ResponseStep step = steps.findByIdAndIncidentId(stepId, incidentId)
                .orElseThrow(() -> new BusinessException("error.notFound"));
        steps.delete(step);
    }

    // --- review (supervisors) ---

    /** REPORTED → UNDER_REVIEW with a reviewer: a supervisor who holds the incident's site. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public Incident startReview(long siteId, long incidentId, long reviewerId) {
        CurrentUser.requireSite(siteId);
        Incident incident = load(siteId, incidentId);
        requireState(incident, IncidentState.REPORTED);
        requireReviewer(siteId, reviewerId);
        incident.setReviewerId(reviewerId);
        incident.setState(IncidentState.UNDER_REVIEW);
        return incidents.saveAndFlush(incident);
    }

    /** Hands the review to another supervisor of the site while it is open. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public Incident assignReviewer(long siteId, long incidentId, long reviewerId) {
        CurrentUser.requireSite(siteId);
        Incident incident = load(siteId, incidentId);
        requireState(incident, IncidentState.UNDER_REVIEW, IncidentState.ACTIONS_OPEN);
        requireReviewer(siteId, reviewerId);
        incident.setReviewerId(reviewerId);
        return incidents.saveAndFlush(incident);
    }

    /** Records the findings and contributing factors of a review in progress. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public Incident saveReview(long siteId, long incidentId, long version, @Nullable String findings,
                               @Nullable String contributingFactors) {
        CurrentUser.requireSite(siteId);
        Incident incident = loadVersion(siteId, incidentId, version);
        requireState(incident, IncidentState.UNDER_REVIEW, IncidentState.ACTIONS_OPEN);
        if (findings != null && findings.length() > Incident.FINDINGS_MAX) {
            throw new BusinessException("findings", "review.error.tooLong", Incident.FINDINGS_MAX);
        }
        if (contributingFactors != null && contributingFactors.length() > Incident.FINDINGS_MAX) {
            throw new BusinessException("contributingFactors", "review.error.tooLong", Incident.FINDINGS_MAX);
        }
        PlainTextValidator.require("findings", findings, true);
        PlainTextValidator.require("contributingFactors", contributingFactors, true);
        noClientCode(siteId, "findings", findings);
        noClientCode(siteId, "contributingFactors", contributingFactors);
        incident.setFindings(blankToNull(findings));
        incident.setContributingFactors(blankToNull(contributingFactors));
        return incidents.saveAndFlush(incident);
    }

    /** UNDER_REVIEW → ACTIONS_OPEN: the review has findings; now the follow-up actions run. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public Incident openActions(long siteId, long incidentId) {
        CurrentUser.requireSite(siteId);
        Incident incident = load(siteId, incidentId);
        requireState(incident, IncidentState.UNDER_REVIEW);
        if (incident.getFindings() == null) {
            throw new BusinessException("findings", "review.error.findingsRequired");
        }
        incident.setState(IncidentState.ACTIONS_OPEN);
        return incidents.saveAndFlush(incident);
    }

    /** Adds a follow-up action owned by a floor colleague of the site. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public FollowUpAction addAction(long siteId, long incidentId, String text, long ownerId, LocalDate dueDate) {
        CurrentUser.requireSite(siteId);
        Incident incident = load(siteId, incidentId);
        requireState(incident, IncidentState.UNDER_REVIEW, IncidentState.ACTIONS_OPEN);
        FollowUpAction action = new FollowUpAction(incidentId);
        applyAction(siteId, action, text, ownerId, dueDate);
        return actions.saveAndFlush(action);
    }

    /** Changes an action's text, owner or due date. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public FollowUpAction updateAction(long siteId, long incidentId, long actionId, String text, long ownerId,
                                       LocalDate dueDate) {
        CurrentUser.requireSite(siteId);
        Incident incident = load(siteId, incidentId);
        requireState(incident, IncidentState.UNDER_REVIEW, IncidentState.ACTIONS_OPEN);
        FollowUpAction action = loadAction(incidentId, actionId);
        applyAction(siteId, action, text, ownerId, dueDate);
        return actions.saveAndFlush(action);
    }

    /**
     * Marks an action done, carried over (settled without being done here), or open again.
     * Done and carried over exclude each other.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public FollowUpAction settleAction(long siteId, long incidentId, long actionId, boolean done, boolean carriedOver) {
        CurrentUser.requireSite(siteId);
        Incident incident = load(siteId, incidentId);
        requireState(incident, IncidentState.UNDER_REVIEW, IncidentState.ACTIONS_OPEN);
        if (done && carriedOver) {
            throw new BusinessException("action.incident.error.doneAndCarried");
        }
        FollowUpAction action = loadAction(incidentId, actionId);
        action.setDone(done);
        action.setCarriedOver(carriedOver);
        return actions.saveAndFlush(action);
    }

    /**
     * ACTIONS_OPEN → CLOSED: the supervisor signs the review off. Refused while any action is
     * neither done nor carried over.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public Incident close(long siteId, long incidentId) {
        CurrentUser.requireSite(siteId);
        Incident incident = load(siteId, incidentId);
        requireState(incident, IncidentState.ACTIONS_OPEN);
        long open = actions.countByIncidentIdAndDoneFalseAndCarriedOverFalse(incidentId);
        if (open > 0) {
            throw new BusinessException("review.error.actionsOpen", open);
        }
        incident.signOff(CurrentUser.username(), clock.instant());
        return incidents.saveAndFlush(incident);
    }

    // --- helpers ---

    private Incident load(long siteId, long incidentId) {
        return incidents.findByIdAndSiteId(incidentId, siteId).orElseThrow(() -> new BusinessException("error.notFound"));
    }

    /** Loads and checks the copy the user edited is still current; else nothing is overwritten. */
    private Incident loadVersion(long siteId, long incidentId, long version) {
        Incident incident = load(siteId, incidentId);
        if (incident.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Incident.class, incidentId);
        }
        return incident;
    }

    private FollowUpAction loadAction(long incidentId, long actionId) {
        return actions.findByIdAndIncidentId(actionId, incidentId)
                .orElseThrow(() -> new BusinessException("error.notFound"));
    }

    private void apply(long siteId, Incident incident, IncidentReport report) {
        if (report.getOccurredAt().isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            throw new BusinessException("occurredAt", "incident.error.future");
        }
        // a named visit must be one of this site's; its booth and alias are taken from it
        VisitRef visit = report.getVisitId() == null ? null : visitService.visitRef(siteId, report.getVisitId());
        if (visit != null) {
            incident.setBoothId(visit.boothId());
        } else if (report.getBoothId() != null) {
            BoothInfo booth = siteService.booth(siteId, report.getBoothId());
            incident.setBoothId(booth.id());
        } else {
            incident.setBoothId(null);
        }
        incident.setOccurredAt(report.getOccurredAt());
        incident.setType(report.getType());
        incident.setSeverity(report.getSeverity());
        incident.setVisitId(report.getVisitId());
        // an alias typed by hand could be a code or a name: it must be one of the site's register
        String alias = visit != null ? visit.clientAlias() : blankToNull(report.getClientAlias());
        if (visit == null && alias != null && !clientService.aliasExists(siteId, alias)) {
            throw new BusinessException("clientAlias", "incident.error.aliasUnknown");
        }
        noClientCode(siteId, "description", report.getDescription());
        noClientCode(siteId, "staffInvolved", report.getStaffInvolved());
        incident.setClientAlias(alias == null ? null : alias.strip());
        incident.setDescription(report.getDescription().strip());
        incident.setStaffInvolved(blankToNull(report.getStaffInvolved()));
        incident.setPoliceCalled(report.isPoliceCalled());
        incident.setReviewDeadline(reviewDeadline(siteService.site(siteId), report.getSeverity(), report.getOccurredAt()));
    }

    /**
     * Refuses a free text that holds something in the client-code format: the incident, its
     * unchangeable history and the authority's PDF must never carry a code.
     */
    private void noClientCode(long siteId, String field, @Nullable String text) {
        if (ClientCode.appearsIn(text, Year.now(clock.withZone(siteService.site(siteId).zone())))) {
            throw new BusinessException(field, "incident.error.clientCode");
        }
    }

    /** When a review of this severity is due, by the site's settings. */
    public static Instant reviewDeadline(SiteInfo site, Severity severity, Instant occurredAt) {
        int hours = switch (severity) {
            case SEVERE, DEATH -> site.reviewHoursSevere();
            case MODERATE -> site.reviewHoursModerate();
            case LOW, NONE -> site.reviewHoursLow();
        };
        return occurredAt.plus(Duration.ofHours(hours));
    }

    private void applyStep(long siteId, ResponseStep step, StepInput in) {
        if (in.at() == null) {
            throw new BusinessException("at", "validation.required");
        }
        if (in.at().isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            throw new BusinessException("at", "response.error.future");
        }
        boolean naloxone = in.kind() == ResponseStepKind.NALOXONE;
        if (naloxone && (in.naloxoneDoseMg() == null || in.naloxoneRoute() == null)) {
            throw new BusinessException("naloxoneDoseMg", "response.error.doseRequired");
        }
        if (naloxone && (in.naloxoneDoseMg().signum() <= 0 || in.naloxoneDoseMg().compareTo(ResponseStep.DOSE_MAX_MG) > 0)) {
            throw new BusinessException("naloxoneDoseMg", "response.error.doseRange", ResponseStep.DOSE_MAX_MG);
        }
        if (in.kind() == ResponseStepKind.OUTCOME && in.outcome() == null) {
            throw new BusinessException("outcome", "response.error.outcomeRequired");
        }
        range("respiratoryRate", in.respiratoryRate(), 0, 80);
        range("spo2", in.spo2(), 0, 100);
        range("gcs", in.gcs(), 3, 15);
        if (in.note() != null && in.note().length() > ResponseStep.NOTE_MAX) {
            throw new BusinessException("note", "response.error.noteTooLong", ResponseStep.NOTE_MAX);
        }
        PlainTextValidator.require("note", in.note(), false);
        noClientCode(siteId, "note", in.note());
        step.setAt(in.at());
        step.setNaloxoneDoseMg(naloxone ? in.naloxoneDoseMg().setScale(2, java.math.RoundingMode.HALF_UP) : null);
        step.setNaloxoneRoute(naloxone ? in.naloxoneRoute() : null);
        step.setRespiratoryRate(in.respiratoryRate());
        step.setSpo2(in.spo2());
        step.setGcs(in.gcs());
        step.setOutcome(in.kind() == ResponseStepKind.OUTCOME ? in.outcome() : null);
        step.setNote(blankToNull(in.note()));
    }

    private static void range(String field, @Nullable Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new BusinessException(field, "response.error.vitalRange", min, max);
        }
    }

    private void applyAction(long siteId, FollowUpAction action, String text, long ownerId, LocalDate dueDate) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("text", "validation.required");
        }
        if (text.length() > FollowUpAction.TEXT_MAX) {
            throw new BusinessException("text", "action.incident.error.tooLong", FollowUpAction.TEXT_MAX);
        }
        PlainTextValidator.require("text", text, false);
        noClientCode(siteId, "text", text);
        if (dueDate == null) {
            throw new BusinessException("dueDate", "validation.required");
        }
        if (!floorColleagues(siteId).containsKey(ownerId)) {
            throw new BusinessException("owner", "action.incident.error.ownerNotAtSite");
        }
        action.setText(text.strip());
        action.setOwnerId(ownerId);
        action.setDueDate(dueDate);
    }

    private void requireReviewer(long siteId, long reviewerId) {
        boolean ok = userService.colleagues(siteId, Role.SUPERVISOR).stream().anyMatch(u -> u.id() == reviewerId);
        if (!ok) {
            throw new BusinessException("reviewer", "review.error.reviewerNotAtSite");
        }
    }

    private static void requireState(Incident incident, IncidentState... allowed) {
        for (IncidentState s : allowed) {
            if (incident.getState() == s) {
                return;
            }
        }
        throw new BusinessException("review.error.wrongState", incident.getState().name());
    }

    private static void requireNotClosed(Incident incident) {
        if (incident.getState() == IncidentState.CLOSED) {
            throw new BusinessException("incident.error.closed");
        }
    }

    private Map<Long, UserRef> floorColleagues(long siteId) {
        Map<Long, UserRef> users = new LinkedHashMap<>();
        for (Role role : List.of(Role.STAFF, Role.SUPERVISOR, Role.MANAGER)) {
            userService.colleagues(siteId, role).forEach(u -> users.putIfAbsent(u.id(), u));
        }
        return users;
    }

    /** Display names of the site's floor colleagues by user id, for reviewers and owners. */
    private Map<Long, String> userNames(long siteId) {
        Map<Long, String> names = new LinkedHashMap<>();
        floorColleagues(siteId).forEach((id, u) -> names.put(id, u.displayName()));
        return names;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static IncidentRow toRow(Incident i, Instant now) {
        return new IncidentRow(i.getId(), i.getOccurredAt(), i.getType(), i.getSeverity(), i.getState(),
                i.getBoothId(), i.getClientAlias(), i.getReviewDeadline(), i.isOverdue(now));
    }

    // --- history ---

    private static List<HistoryEntry> diff(String subject, List<?> revisions,
                                           java.util.function.Function<Object, Map<String, Object>> fields) {
        List<HistoryEntry> out = new ArrayList<>();
        Map<Long, Map<String, Object>> previous = new java.util.HashMap<>();
        for (Object row : revisions) {
            Object[] r = (Object[]) row;
            IncidentRevision rev = (IncidentRevision) r[1];
            RevisionType type = (RevisionType) r[2];
            long id = idOf(r[0]);
            Instant at = Instant.ofEpochMilli(rev.getTimestamp());
            if (type == RevisionType.DEL) {
                out.add(new HistoryEntry(rev.getId(), at, rev.getUsername(), subject, id, HistoryEntry.Change.REMOVED,
                        "", null, null));
                previous.remove(id);
                continue;
            }
            Map<String, Object> now = fields.apply(r[0]);
            Map<String, Object> before = previous.getOrDefault(id, Map.of());
            HistoryEntry.Change change = type == RevisionType.ADD ? HistoryEntry.Change.CREATED : HistoryEntry.Change.CHANGED;
            for (Map.Entry<String, Object> e : now.entrySet()) {
                Object old = before.get(e.getKey());
                if (!equalValues(old, e.getValue())) {
                    out.add(new HistoryEntry(rev.getId(), at, rev.getUsername(), subject, id, change, e.getKey(), old,
                            e.getValue()));
                }
            }
            previous.put(id, now);
        }
        return out;
    }

    /**
     * The revisions of an incident's steps or actions, oldest first. Envers keeps no data in a
     * deletion's row, so deletions are found by the ids the incident's rows had.
     */
    private static List<?> childRevisions(AuditReader reader, Class<?> type, long incidentId) {
        List<Object> rows = new ArrayList<>(reader.createQuery().forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.property("incidentId").eq(incidentId)).getResultList());
        List<Long> ids = rows.stream().map(r -> idOf(((Object[]) r)[0])).distinct().toList();
        if (!ids.isEmpty()) {
            rows.addAll(reader.createQuery().forRevisionsOfEntity(type, false, true)
                    .add(AuditEntity.revisionType().eq(RevisionType.DEL)).add(AuditEntity.id().in(ids)).getResultList());
        }
        rows.sort(java.util.Comparator.comparingLong(r -> ((IncidentRevision) ((Object[]) r)[1]).getId()));
        return rows;
    }

    private static boolean equalValues(@Nullable Object a, @Nullable Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static long idOf(Object entity) {
        return ((org.dcrconsole.base.AbstractEntity) entity).getId();
    }

    private static Map<String, Object> incidentFields(Object o) {
        Incident i = (Incident) o;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("occurredAt", i.getOccurredAt());
        m.put("type", i.getType());
        m.put("severity", i.getSeverity());
        m.put("state", i.getState());
        m.put("boothId", i.getBoothId());
        m.put("visitId", i.getVisitId());
        m.put("clientAlias", i.getClientAlias());
        m.put("description", i.getDescription());
        m.put("staffInvolved", i.getStaffInvolved());
        m.put("policeCalled", i.isPoliceCalled());
        m.put("reviewerId", i.getReviewerId());
        m.put("findings", i.getFindings());
        m.put("contributingFactors", i.getContributingFactors());
        m.put("reviewDeadline", i.getReviewDeadline());
        m.put("signedOffBy", i.getSignedOffBy());
        m.put("signedOffAt", i.getSignedOffAt());
        return m;
    }

    private static Map<String, Object> stepFields(Object o) {
        ResponseStep s = (ResponseStep) o;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", s.getKind());
        m.put("at", s.getAt());
        m.put("naloxoneDoseMg", s.getNaloxoneDoseMg());
        m.put("naloxoneRoute", s.getNaloxoneRoute());
        m.put("respiratoryRate", s.getRespiratoryRate());
        m.put("spo2", s.getSpo2());
        m.put("gcs", s.getGcs());
        m.put("outcome", s.getOutcome());
        m.put("note", s.getNote());
        return m;
    }

    private static Map<String, Object> actionFields(Object o) {
        FollowUpAction a = (FollowUpAction) o;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", a.getText());
        m.put("ownerId", a.getOwnerId());
        m.put("dueDate", a.getDueDate());
        m.put("done", a.isDone());
        m.put("carriedOver", a.isCarriedOver());
        return m;
    }
}
