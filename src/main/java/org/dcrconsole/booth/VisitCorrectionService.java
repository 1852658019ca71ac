package org.dcrconsole.booth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.supply.SuppliesHandedOut;
import org.dcrconsole.base.supply.Supply;
import org.dcrconsole.base.validation.PlainTextValidator;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.BoothStatusService;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of visits after the fact: void a mistaken check-in, correct client, substances,
 * route, supplies or times, check out with a time in the past, move a client to another booth,
 * close the day. Each needs a reason and leaves one row per changed value in the visit's
 * unchangeable history ({@link VisitCorrection}). A change to a finished day drops that day's
 * roll-up in the same transaction; changed supplies go to stock as {@link SuppliesHandedOut}
 * (more handed out, or handed back).
 *
 * <p>SUPERVISOR may do all of it at their sites. STAFF may void, correct or move their own
 * check-in within {@value #STAFF_WINDOW_MINUTES} minutes of it (a slip at the desk); MANAGER reads
 * the history.
 */
@Service
public class VisitCorrectionService {

    /** How long after their own check-in staff may still void, correct or move it. */
    public static final int STAFF_WINDOW_MINUTES = 15;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Instant OPEN_END = Instant.parse("9999-12-31T00:00:00Z");

    private final VisitRepository visits;
    private final VisitCorrectionRepository corrections;
    private final ClientRepository clients;
    private final ClientRegister register;
    private final SiteService siteService;
    private final BoothStatusService boothStatus;
    private final VisitRollup rollup;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VisitCorrectionService(VisitRepository visits, VisitCorrectionRepository corrections, ClientRepository clients,
                           ClientRegister register, SiteService siteService, BoothStatusService boothStatus,
                           VisitRollup rollup, ApplicationEventPublisher events, Clock clock) {
        this.visits = visits;
        this.corrections = corrections;
        this.clients = clients;
        this.register = register;
        this.siteService = siteService;
        this.boothStatus = boothStatus;
        this.rollup = rollup;
        this.events = events;
        this.clock = clock;
    }

    /** The visit's corrections, oldest first. */
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public List<VisitCorrection> history(long siteId, long visitId) {
        CurrentUser.requireSite(siteId);
        return corrections.findByVisitIdAndSiteIdOrderById(visitId, siteId);
    }

    /** Whether the signed-in user may void, correct or move this visit now (for showing the actions). */
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public boolean mayCorrect(long siteId, long visitId) {
        CurrentUser.requireSite(siteId);
        return visits.findByIdAndSiteId(visitId, siteId).map(v -> !v.isVoided() && allowed(v)).orElse(false);
    }

    /**
     * Voids a mistaken check-in: the visit stays, marked voided (who, when, why) and counted nowhere.
     * An open visit frees its booth at once, without cleaning (nobody consumed in it); its supplies go
     * back to stock.
     *
     * @throws BusinessException when the reason is missing or too long, or the visit is voided already
     */
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR')")
    @Transactional
    public void voidVisit(long siteId, long visitId, String reason) {
        CurrentUser.requireSite(siteId);
        String why = requireReason(reason);
        Visit visit = correctable(siteId, visitId);
        SiteInfo site = siteService.site(siteId);
        Instant now = now();
        Map<Supply, Integer> back = new EnumMap<>(Supply.class);
        visit.getSupplies().forEach((s, n) -> back.put(s, -n));
        String oldStatus = visit.getStatus().name();
        visit.voidAt(now, CurrentUser.username(), why);
        visits.saveAndFlush(visit);
        record(visit, now, CorrectionAction.VOID, "status", oldStatus, VisitStatus.VOIDED.name(), why);
        rollup.visitChanged(siteId, site.zone(), visit.getStartedAt());
        if (!back.isEmpty()) {
            events.publishEvent(new SuppliesHandedOut(siteId, visitId, now, back));
        }
        events.publishEvent(new BoardChange(siteId, BoardChange.Kind.CORRECTED, visit.getBoothId()));
    }

    /**
     * Corrects a visit's client (by code, as at check-in), substances, route, supplies or times.
     * Only values that differ are changed and recorded. New times must keep end after start, lie
     * in the past, and overlap no other visit of the booth or the client.
     *
     * @return what the store's ledger could not cover of supplies added (booked as a stock discrepancy)
     * @throws BusinessException at the field of a value that cannot stand, or when nothing changed
     */
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR')")
    @Transactional
    public Map<Supply, Integer> correct(long siteId, long visitId, VisitCorrectionRequest request) {
        CurrentUser.requireSite(siteId);
        String why = requireReason(request.reason());
        Visit visit = correctable(siteId, visitId);
        SiteInfo site = siteService.site(siteId);
        ZoneId zone = site.zone();
        Instant now = now();
        Instant oldStart = visit.getStartedAt();
        List<String[]> changed = new ArrayList<>();

        if (request.code() != null && !request.code().isBlank()) {
            ClientCode code = register.parse(request.code(), zone);
            if (code.certainlyUnderAge(register.thisYear(zone))) {
                throw new BusinessException("code", "correction.error.underAge");
            }
            Client client = register.findOrCreate(siteId, code);
            if (!client.getId().equals(visit.getClientId())) {
                String oldAlias = clients.findById(visit.getClientId()).map(Client::getAlias).orElse("?");
                if (visit.isOpen()) {
                    visits.findByOpenClientId(client.getId()).ifPresent(other -> {
                        throw new BusinessException("code", "checkin.error.clientInside", client.getAlias(),
                                siteService.booth(siteId, other.getBoothId()).label());
                    });
                }
                requireNoClientOverlap(visit, client.getId(), visit.getStartedAt(), visit.getEndedAt());
                visit.correctClient(client.getId());
                if (client.getFirstVisitAt() == null || client.getFirstVisitAt().isAfter(visit.getStartedAt())) {
                    client.setFirstVisitAt(visit.getStartedAt());
                }
                changed.add(new String[] {"client", oldAlias, client.getAlias()});
            }
        }
        if (request.substances() != null && !request.substances().equals(visit.getSubstances())) {
            if (request.substances().isEmpty()) {
                throw new BusinessException("substances", "checkin.error.substances");
            }
            changed.add(new String[] {"substances", names(visit.getSubstances()), names(request.substances())});
            visit.correctSubstances(request.substances());
        }
        if (request.route() != null && request.route() != visit.getRoute()) {
            changed.add(new String[] {"route", visit.getRoute().name(), request.route().name()});
            visit.correctRoute(request.route());
        }
        Map<Supply, Integer> delta = new EnumMap<>(Supply.class);
        if (request.supplies() != null) {
            Map<Supply, Integer> wanted = checkedSupplies(request.supplies());
            Map<Supply, Integer> had = visit.getSupplies();
            for (Supply s : Supply.values()) {
                int d = wanted.getOrDefault(s, 0) - had.getOrDefault(s, 0);
                if (d != 0) {
                    delta.put(s, d);
                }
            }
            if (!delta.isEmpty()) {
                changed.add(new String[] {"supplies", supplies(had), supplies(wanted)});
                visit.correctSupplies(wanted);
            }
        }
        Instant newStart = request.startedAt() == null ? visit.getStartedAt() : request.startedAt().truncatedTo(ChronoUnit.MICROS);
        Instant newEnd = visit.isOpen() || request.endedAt() == null ? visit.getEndedAt()
                : request.endedAt().truncatedTo(ChronoUnit.MICROS);
        if (visit.isOpen() && request.endedAt() != null) {
            throw new BusinessException("endedAt", "correction.error.openEnd");
        }
        if (!newStart.equals(visit.getStartedAt()) || !Objects.equals(newEnd, visit.getEndedAt())) {
            requireTimes(newStart, newEnd, now);
            visits.lockBooth(visit.getBoothId());
            if (visits.countBoothOverlaps(siteId, visit.getBoothId(), visitId, newStart, newEnd == null ? OPEN_END : newEnd) > 0) {
                throw new BusinessException("startedAt", "correction.error.boothOverlap",
                        siteService.booth(siteId, visit.getBoothId()).label());
            }
            requireNoClientOverlap(visit, visit.getClientId(), newStart, newEnd);
            if (!newStart.equals(visit.getStartedAt())) {
                changed.add(new String[] {"startedAt", shown(visit.getStartedAt(), zone), shown(newStart, zone)});
            }
            if (!Objects.equals(newEnd, visit.getEndedAt())) {
                changed.add(new String[] {"endedAt", shown(visit.getEndedAt(), zone), shown(newEnd, zone)});
            }
            visit.correctTimes(newStart, newEnd);
        }
        if (changed.isEmpty()) {
            throw new BusinessException("correction.error.nothingChanged");
        }
        visit.markCorrected();
        save(visit);
        for (String[] c : changed) {
            record(visit, now, CorrectionAction.CORRECT, c[0], c[1], c[2], why);
        }
        rollup.visitChanged(siteId, zone, oldStart);
        rollup.visitChanged(siteId, zone, visit.getStartedAt());
        Map<Supply, Integer> uncovered = Map.of();
        if (!delta.isEmpty()) {
            SuppliesHandedOut event = new SuppliesHandedOut(siteId, visitId, now, delta);
            events.publishEvent(event);
            uncovered = Map.copyOf(event.uncovered());
        }
        events.publishEvent(new BoardChange(siteId, BoardChange.Kind.CORRECTED, visit.getBoothId()));
        return uncovered;
    }

    /**
     * Checks an open visit out at a time in the past (a forgotten check-out): between its start and now.
     * The booth's cleaning runs from that time.
     *
     * @throws BusinessException when the visit is not open, or the time is outside start..now
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void checkOutAt(long siteId, long visitId, Instant at, CheckOut details, String reason) {
        CurrentUser.requireSite(siteId);
        String why = requireReason(reason);
        Visit visit = correctable(siteId, visitId);
        if (!visit.isOpen()) {
            throw new BusinessException("checkout.error.notOpen");
        }
        Instant now = now();
        Instant end = at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
        if (end == null || end.isBefore(visit.getStartedAt()) || end.isAfter(now)) {
            throw new BusinessException("endedAt", "correction.error.endOutside");
        }
        Integer returned = details.syringesReturned();
        if (returned != null && (returned < 0 || returned > Visit.SYRINGES_RETURNED_MAX)) {
            throw new BusinessException("syringesReturned", "checkout.error.syringes", Visit.SYRINGES_RETURNED_MAX);
        }
        ZoneId zone = siteService.site(siteId).zone();
        visit.checkOut(end, returned, details.counselling(), details.referrals());
        visit.markCorrected();
        save(visit);
        record(visit, now, CorrectionAction.CHECK_OUT, "endedAt", null, shown(end, zone), why);
        rollup.visitChanged(siteId, zone, visit.getStartedAt());
        events.publishEvent(new BoardChange(siteId, BoardChange.Kind.CORRECTED, visit.getBoothId()));
    }

    /**
     * Moves the client of an open visit to another booth, which must be in service, free (not
     * occupied, not cleaning) and of a kind that fits the visit's route. The old booth is free at
     * once: the correction says where the client really is, so nobody consumed in the old one.
     *
     * @throws BusinessException on field {@code booth} when the booth cannot take the client
     */
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR')")
    @Transactional
    public void move(long siteId, long visitId, long boothId, String reason) {
        CurrentUser.requireSite(siteId);
        String why = requireReason(reason);
        Visit visit = correctable(siteId, visitId);
        if (!visit.isOpen()) {
            throw new BusinessException("checkout.error.notOpen");
        }
        SiteInfo site = siteService.site(siteId);
        BoothInfo target = siteService.booth(siteId, boothId);
        BoothInfo from = siteService.booth(siteId, visit.getBoothId());
        if (target.id() == from.id()) {
            throw new BusinessException("booth", "correction.error.sameBooth", target.label());
        }
        if (!target.inService()) {
            throw new BusinessException("booth", "checkin.error.outOfService", target.label());
        }
        if (!visit.getRoute().fits(target.kind())) {
            throw new BusinessException("booth", "checkin.error.wrongKind", target.label());
        }
        // both booths in id order, as check-ins lock one: two moves between the same booths cannot deadlock
        visits.lockBooth(Math.min(from.id(), target.id()));
        visits.lockBooth(Math.max(from.id(), target.id()));
        Instant now = now();
        if (visits.findByOpenBoothId(target.id()).isPresent()) {
            throw new BusinessException("booth", "checkin.error.boothTaken", target.label());
        }
        if (!visits.findUncleanedSince(List.of(target.id()), now.minus(Duration.ofMinutes(site.cleaningMinutes()))).isEmpty()) {
            throw new BusinessException("booth", "checkin.error.boothCleaning", target.label());
        }
        visit.moveTo(target.id());
        visit.markCorrected();
        save(visit);
        record(visit, now, CorrectionAction.MOVE, "booth", from.label(), target.label(), why);
        events.publishEvent(new BoardChange(siteId, BoardChange.Kind.CORRECTED, from.id()));
        events.publishEvent(new BoardChange(siteId, BoardChange.Kind.CORRECTED, target.id()));
    }

    /**
     * Closes the day: checks out every open visit of the site at the stated time, which must not lie
     * in the future nor before any of those visits started.
     *
     * @return how many visits were checked out
     * @throws BusinessException on field {@code endedAt} naming a booth whose visit started after the time
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public int closeDay(long siteId, Instant at, String reason) {
        CurrentUser.requireSite(siteId);
        String why = requireReason(reason);
        Instant now = now();
        Instant end = at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
        if (end == null || end.isAfter(now)) {
            throw new BusinessException("endedAt", "correction.error.future");
        }
        ZoneId zone = siteService.site(siteId).zone();
        List<Long> boothIds = siteService.booths(siteId).stream().map(BoothInfo::id).toList();
        List<Visit> open = boothIds.isEmpty() ? List.of() : visits.findByOpenBoothIdIn(boothIds).stream()
                .sorted(Comparator.comparing(Visit::getBoothId)).toList();
        for (Visit v : open) {
            if (end.isBefore(v.getStartedAt())) {
                throw new BusinessException("endedAt", "correction.error.beforeStart",
                        siteService.booth(siteId, v.getBoothId()).label(), shown(v.getStartedAt(), zone));
            }
        }
        for (Visit v : open) {
            v.checkOut(end, null, false, Set.of());
            v.markCorrected();
            save(v);
            record(v, now, CorrectionAction.CLOSE_DAY, "endedAt", null, shown(end, zone), why);
            rollup.visitChanged(siteId, zone, v.getStartedAt());
        }
        if (!open.isEmpty()) {
            events.publishEvent(new BoardChange(siteId, BoardChange.Kind.CORRECTED, null));
        }
        return open.size();
    }

    /**
     * Takes a booth of the site out of service or puts it back, with a reason (kept with who and when,
     * shown on the board). SUPERVISOR only.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void setBoothInService(long siteId, long boothId, boolean inService, String reason) {
        boothStatus.setInService(siteId, boothId, inService, reason);
        events.publishEvent(new BoardChange(siteId, BoardChange.Kind.CORRECTED, boothId));
    }

    private Visit correctable(long siteId, long visitId) {
        Visit visit = visits.findByIdAndSiteId(visitId, siteId).orElseThrow(() -> new BusinessException("error.notFound"));
        if (!allowed(visit)) {
            throw new AccessDeniedException("Only a supervisor, or staff within " + STAFF_WINDOW_MINUTES
                    + " minutes of their own check-in, may correct this visit");
        }
        if (visit.isVoided()) {
            throw new BusinessException("correction.error.voided");
        }
        return visit;
    }

    /** SUPERVISOR always; STAFF for their own check-in within the window. */
    private boolean allowed(Visit visit) {
        if (CurrentUser.hasRole(Role.SUPERVISOR)) {
            return true;
        }
        if (!CurrentUser.hasRole(Role.STAFF)) {
            return false;
        }
        Instant checkedIn = visit.getCreatedAt();
        return checkedIn != null && CurrentUser.username().equals(visit.getCreatedBy())
                && !clock.instant().isAfter(checkedIn.plus(Duration.ofMinutes(STAFF_WINDOW_MINUTES)));
    }

    private void requireNoClientOverlap(Visit visit, long clientId, Instant start, @Nullable Instant end) {
        if (visits.countClientOverlaps(visit.getSiteId(), clientId, Objects.requireNonNull(visit.getId()), start,
                end == null ? OPEN_END : end) > 0) {
            throw new BusinessException("startedAt", "correction.error.clientOverlap");
        }
    }

    private static void requireTimes(Instant start, @Nullable Instant end, Instant now) {
        if (start.isAfter(now)) {
            throw new BusinessException("startedAt", "correction.error.future");
        }
        if (end != null && !end.isAfter(start)) {
            throw new BusinessException("endedAt", "correction.error.endBeforeStart");
        }
        if (end != null && end.isAfter(now)) {
            throw new BusinessException("endedAt", "correction.error.future");
        }
    }

    private void save(Visit visit) {
        try {
            visits.saveAndFlush(visit);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            // another desk took the booth or the client in the meantime: the constraints refused it
            throw new BusinessException("correction.error.conflict");
        }
    }

    private void record(Visit visit, Instant at, CorrectionAction action, String field, @Nullable String oldValue,
                        @Nullable String newValue, String reason) {
        corrections.save(new VisitCorrection(visit.getSiteId(), Objects.requireNonNull(visit.getId()), at,
                CurrentUser.username(), action, field, oldValue, newValue, reason));
    }

    static String requireReason(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new BusinessException("reason", "correction.error.reasonRequired");
        }
        if (text.length() > VisitCorrection.REASON_MAX) {
            throw new BusinessException("reason", "correction.error.reasonTooLong", VisitCorrection.REASON_MAX);
        }
        PlainTextValidator.require("reason", text, true);
        return text;
    }

    private static Map<Supply, Integer> checkedSupplies(Map<Supply, Integer> requested) {
        Map<Supply, Integer> out = new EnumMap<>(Supply.class);
        requested.forEach((supply, quantity) -> {
            if (quantity == null || quantity == 0) {
                return;
            }
            if (quantity < 0 || quantity > Visit.SUPPLY_MAX) {
                throw new BusinessException(supply.name(), "checkin.error.supplyQuantity", Visit.SUPPLY_MAX);
            }
            out.put(supply, quantity);
        });
        return out;
    }

    private static String names(Set<Substance> substances) {
        return EnumSet.copyOf(substances.isEmpty() ? EnumSet.noneOf(Substance.class) : substances).stream()
                .map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String supplies(Map<Supply, Integer> supplies) {
        return new TreeMap<>(supplies).entrySet().stream().map(e -> e.getKey().name() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static @Nullable String shown(@Nullable Instant at, ZoneId zone) {
        return at == null ? null : SHOWN.format(at.atZone(zone));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
