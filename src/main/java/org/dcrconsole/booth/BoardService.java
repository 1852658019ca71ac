package org.dcrconsole.booth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.supply.SuppliesHandedOut;
import org.dcrconsole.base.supply.Supply;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.BoothStatusService;
import org.dcrconsole.site.OutOfService;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The floor: the live board, check-in and check-out, refusals at the door, the queue and booth
 * cleaning. Every change is published as a {@link BoardChange} that open screens receive after
 * commit. Two desks racing for one booth (or one client) are settled by the database's unique
 * constraints: one wins, the other gets a clear refusal and nothing of theirs is written.
 */
@Service
@PreAuthorize(Roles.FLOOR)
public class BoardService {

    private static final Logger log = LoggerFactory.getLogger(BoardService.class);

    private final VisitRepository visits;
    private final ClientRepository clients;
    private final AdmissionRefusalRepository refusals;
    private final QueueEntryRepository queue;
    private final ClientRegister register;
    private final ClientBans bans;
    private final ClientFlagRepository flags;
    private final ActiveAlertService alerts;
    private final SiteService siteService;
    private final ApplicationEventPublisher events;
    private final VisitRollup rollup;
    private final Clock clock;
    private final BoothStatusService boothStatus;

    BoardService(VisitRepository visits, ClientRepository clients, AdmissionRefusalRepository refusals,
                 QueueEntryRepository queue, ClientRegister register, ClientBans bans,
                 ClientFlagRepository flags, ActiveAlertService alerts, SiteService siteService,
                 ApplicationEventPublisher events, VisitRollup rollup, Clock clock, BoothStatusService boothStatus) {
        this.boothStatus = boothStatus;
        this.visits = visits;
        this.clients = clients;
        this.refusals = refusals;
        this.queue = queue;
        this.register = register;
        this.bans = bans;
        this.flags = flags;
        this.alerts = alerts;
        this.siteService = siteService;
        this.events = events;
        this.rollup = rollup;
        this.clock = clock;
    }

    /**
     * Every booth of the site with its state, the queue and the counts, as of now. The wall
     * display reads it too; every change stays with the floor.
     */
    @PreAuthorize(Roles.BOARD)
    @Transactional(readOnly = true)
    public Board board(long siteId) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        List<BoothInfo> booths = siteService.booths(siteId);
        Instant now = now();
        List<Long> boothIds = booths.stream().map(BoothInfo::id).toList();
        Map<Long, Visit> open = boothIds.isEmpty() ? Map.of() : visits.findByOpenBoothIdIn(boothIds).stream()
                .collect(Collectors.toMap(Visit::getBoothId, Function.identity()));
        Map<Long, Instant> cleaningUntil = new HashMap<>();
        if (!boothIds.isEmpty()) {
            Instant since = now.minus(Duration.ofMinutes(site.cleaningMinutes()));
            for (Visit v : visits.findUncleanedSince(boothIds, since)) {
                Instant until = v.getEndedAt().plus(Duration.ofMinutes(site.cleaningMinutes()));
                cleaningUntil.merge(v.getBoothId(), until, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Map<Long, String> aliases = aliases(siteId, open.values().stream().map(Visit::getClientId).toList());
        Map<Long, OutOfService> outOfService = booths.stream().allMatch(BoothInfo::inService) ? Map.of()
                : boothStatus.outOfService(siteId);
        List<Board.Tile> tiles = new ArrayList<>();
        int free = 0;
        int occupied = 0;
        int cleaning = 0;
        int out = 0;
        for (BoothInfo b : booths) {
            Visit v = open.get(b.id());
            int limit = site.limitMinutes(b.kind());
            if (v != null) {
                occupied++;
                tiles.add(new Board.Tile(b, BoothState.OCCUPIED, new Board.OpenVisit(v.getId(), v.getClientId(),
                        aliases.getOrDefault(v.getClientId(), "?"), v.getSubstances(), v.getRoute(), v.getStartedAt()),
                        null, limit));
            } else if (!b.inService()) {
                out++;
                tiles.add(new Board.Tile(b, BoothState.OUT_OF_SERVICE, null, null, limit, outOfService.get(b.id())));
            } else if (cleaningUntil.containsKey(b.id())) {
                cleaning++;
                tiles.add(new Board.Tile(b, BoothState.CLEANING, null, cleaningUntil.get(b.id()), limit));
            } else {
                free++;
                tiles.add(new Board.Tile(b, BoothState.FREE, null, null, limit));
            }
        }
        List<QueueEntry> waiting = queue.findBySiteIdAndLeftAtIsNullOrderByJoinedAt(siteId);
        Map<Long, String> waitingAliases = aliases(siteId, waiting.stream().map(QueueEntry::getClientId).toList());
        List<Board.Waiting> queueItems = waiting.stream().map(q -> new Board.Waiting(q.getId(),
                waitingAliases.getOrDefault(q.getClientId(), "?"), q.getRoute(), q.getSubstances(), q.getJoinedAt()))
                .toList();
        return new Board(List.copyOf(tiles), queueItems, new BoardSummary(free, occupied, cleaning, out, queueItems.size()),
                now);
    }

    /** Free, occupied, cleaning and out-of-service booths and the queue length, for a dashboard card. */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public BoardSummary summary(long siteId) {
        return board(siteId).summary();
    }

    /**
     * What the desk needs to know about a typed code before admitting: the alias, whether the
     * client is new, eligible, banned, under age, already in a booth or waiting. Creates nothing.
     *
     * @throws BusinessException on field {@code code} when the code is malformed
     */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public ClientStatus lookup(long siteId, String code) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        ClientCode parsed = register.parse(code, site.zone());
        boolean underAge = parsed.certainlyUnderAge(register.thisYear(site.zone()));
        Optional<Client> client = register.find(siteId, parsed);
        LocalDate today = LocalDate.now(clock.withZone(site.zone()));
        if (client.isEmpty()) {
            String hash = register.hash(parsed);
            Optional<ClientBan> networkBan = bans.holdingNetwork(hash, today);
            return new ClientStatus(register.aliasFor(siteId, hash), false, false, underAge,
                    networkBan.map(ClientBan::getReason).orElse(null),
                    networkBan.map(ClientBan::getBannedUntil).orElse(null), null, false, List.of());
        }
        Client c = client.get();
        Optional<ClientBan> ban = bans.holding(c, today);
        String inside = visits.findByOpenClientId(c.getId())
                .map(v -> siteService.booth(siteId, v.getBoothId()).label()).orElse(null);
        List<String> safetyFlags = flags.findByClientIdAndRemovedAtIsNullOrderBySetAtDesc(c.getId()).stream()
                .map(ClientFlag::getText).toList();
        return new ClientStatus(c.getAlias(), true, c.isEligibilityConfirmed(), underAge,
                ban.map(ClientBan::getReason).orElse(null), ban.map(ClientBan::getBannedUntil).orElse(null), inside,
                queue.findByWaitingClientId(c.getId()).isPresent(), safetyFlags);
    }

    /**
     * The drug-checking alerts that hold now for the site and concern one of the substances a
     * client names at check-in, so the desk can pass the warning on.
     */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public List<ActiveAlert> alertsFor(long siteId, Set<Substance> substances) {
        CurrentUser.requireSite(siteId);
        if (substances == null || substances.isEmpty()) {
            return List.of();
        }
        return alerts.active(siteId).stream().filter(a -> a.concerns(substances)).toList();
    }

    /**
     * Checks a client in. A banned or certainly under-age client is refused and the refusal is
     * recorded; a client whose eligibility was never confirmed must be confirmed with this
     * check-in. With no booth given, the first free booth of the right kind is taken; when none
     * is free the client joins the queue. Supplies are kept on the visit and published as
     * {@link SuppliesHandedOut} in this transaction; stock never refuses them: what the store's
     * ledger cannot cover is booked as a stock discrepancy and returned in
     * {@link CheckInResult.Admitted#uncoveredSupplies()}.
     *
     * @throws BusinessException when the booth is taken, cleaning, out of service or of the wrong
     *                           kind, the client is already inside, or the input is incomplete
     */
    @PreAuthorize(Roles.FLOOR)
    @Transactional
    public CheckInResult checkIn(long siteId, CheckIn request) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        ClientCode code = register.parse(request.code(), site.zone());
        requireVisitDetails(request.substances(), request.route());
        Map<Supply, Integer> supplies = checkedSupplies(request.supplies());
        Instant now = now();
        if (code.certainlyUnderAge(register.thisYear(site.zone()))) {
            Long known = register.find(siteId, code).map(Client::getId).orElse(null);
            return refused(siteId, known, RefusalReason.UNDER_AGE, known == null ? "" : aliasOf(known), now);
        }
        Client client = register.findOrCreate(siteId, code);
        if (bans.holding(client, LocalDate.now(clock.withZone(site.zone()))).isPresent()) {
            return refused(siteId, client.getId(), RefusalReason.BANNED, client.getAlias(), now);
        }
        if (!client.isEligibilityConfirmed()) {
            if (!request.confirmEligibility()) {
                throw new BusinessException("confirmEligibility", "checkin.error.notEligible", client.getAlias());
            }
            client.setEligibilityConfirmed(true);
        }
        requireNotInside(siteId, client);
        Optional<QueueEntry> waiting = queue.findByWaitingClientId(client.getId());
        BoothInfo booth;
        if (request.boothId() == null) {
            Optional<BoothInfo> suggested = suggestBooth(siteId, request.route());
            if (suggested.isEmpty()) {
                if (waiting.isPresent()) {
                    throw new BusinessException("booth", "checkin.error.alreadyWaiting", client.getAlias());
                }
                QueueEntry entry = saveQueueEntry(new QueueEntry(siteId, client.getId(), request.route(),
                        request.substances(), now));
                events.publishEvent(new BoardChange(siteId, BoardChange.Kind.QUEUE_CHANGED, null));
                int position = (int) queue.countBySiteIdAndLeftAtIsNull(siteId);
                return new CheckInResult.Queued(entry.getId(), client.getAlias(), position);
            }
            booth = suggested.get();
        } else {
            booth = siteService.booth(siteId, request.boothId());
        }
        waiting.ifPresent(w -> w.leave(now, QueueOutcome.ADMITTED));
        return admit(site, booth, client, request.route(), request.substances(), supplies, now);
    }

    /**
     * Takes the first client of the queue (or the given entry) into a booth that became free.
     *
     * @throws BusinessException when the entry no longer waits, the client got banned meanwhile,
     *                           or the booth cannot take them
     */
    @PreAuthorize(Roles.FLOOR)
    @Transactional
    public VisitRef admitFromQueue(long siteId, long entryId, long boothId, Map<Supply, Integer> supplies) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        QueueEntry entry = queue.findByIdAndSiteId(entryId, siteId)
                .orElseThrow(() -> new BusinessException("error.notFound"));
        if (!entry.isWaiting()) {
            throw new BusinessException("queue.error.notWaiting");
        }
        Client client = clients.findByIdAndSiteId(entry.getClientId(), siteId)
                .orElseThrow(() -> new BusinessException("error.notFound"));
        Instant now = now();
        Optional<ClientBan> ban = bans.holding(client, LocalDate.now(clock.withZone(site.zone())));
        if (ban.isPresent()) {
            throw new BusinessException(null, "checkin.error.banned", client.getAlias(), ban.get().getBannedUntil());
        }
        requireNotInside(siteId, client);
        Map<Supply, Integer> checked = checkedSupplies(supplies);
        entry.leave(now, QueueOutcome.ADMITTED);
        return admit(site, siteService.booth(siteId, boothId), client, entry.getRoute(), entry.getSubstances(),
                checked, now).visit();
    }

    /** A client gave up waiting. */
    @PreAuthorize(Roles.FLOOR)
    @Transactional
    public void leaveQueue(long siteId, long entryId) {
        CurrentUser.requireSite(siteId);
        QueueEntry entry = queue.findByIdAndSiteId(entryId, siteId)
                .orElseThrow(() -> new BusinessException("error.notFound"));
        if (!entry.isWaiting()) {
            throw new BusinessException("queue.error.notWaiting");
        }
        entry.leave(now(), QueueOutcome.LEFT);
        events.publishEvent(new BoardChange(siteId, BoardChange.Kind.QUEUE_CHANGED, null));
    }

    /**
     * Records an admission refused at the door. With a code, the refusal is tied to the client if
     * the site knows them; an unknown code creates no client (nobody is registered just to be
     * turned away).
     */
    @PreAuthorize(Roles.FLOOR)
    @Transactional
    public void refuse(long siteId, @Nullable String code, RefusalReason reason) {
        CurrentUser.requireSite(siteId);
        if (reason == null) {
            throw new BusinessException("reason", "validation.required");
        }
        Long clientId = null;
        if (code != null && !code.isBlank()) {
            SiteInfo site = siteService.site(siteId);
            clientId = register.find(siteId, register.parse(code, site.zone())).map(Client::getId).orElse(null);
        }
        refusals.save(new AdmissionRefusal(siteId, clientId, reason, now()));
        events.publishEvent(new BoardChange(siteId, BoardChange.Kind.REFUSED, null));
    }

    /**
     * Ends a visit: the booth goes to cleaning for the site's cleaning time or until marked clean.
     *
     * @throws BusinessException when the visit is not open (someone else checked it out)
     */
    @PreAuthorize(Roles.FLOOR)
    @Transactional
    public void checkOut(long siteId, long visitId, CheckOut checkOut) {
        CurrentUser.requireSite(siteId);
        Visit visit = visits.findByIdAndSiteId(visitId, siteId).orElseThrow(() -> new BusinessException("error.notFound"));
        if (!visit.isOpen()) {
            throw new BusinessException("checkout.error.notOpen");
        }
        Integer returned = checkOut.syringesReturned();
        if (returned != null && (returned < 0 || returned > Visit.SYRINGES_RETURNED_MAX)) {
            throw new BusinessException("syringesReturned", "checkout.error.syringes", Visit.SYRINGES_RETURNED_MAX);
        }
        visit.checkOut(now(), returned, checkOut.counselling(), checkOut.referrals());
        visits.saveAndFlush(visit);
        // a visit left open past midnight changes a day the dashboard may have rolled up
        rollup.visitChanged(siteId, siteService.site(siteId).zone(), visit.getStartedAt());
        events.publishEvent(new BoardChange(siteId, BoardChange.Kind.CHECKED_OUT, visit.getBoothId()));
    }

    /** Marks a booth clean before its cleaning time is up. Does nothing for a booth not being cleaned. */
    @PreAuthorize(Roles.FLOOR)
    @Transactional
    public void markClean(long siteId, long boothId) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        siteService.booth(siteId, boothId);
        Instant now = now();
        List<Visit> unclean = visits.findUncleanedSince(List.of(boothId), now.minus(Duration.ofMinutes(site.cleaningMinutes())));
        unclean.forEach(v -> v.markCleaned(now));
        visits.flush();
        events.publishEvent(new BoardChange(siteId, BoardChange.Kind.CLEANED, boothId));
    }

    /** The free booth to offer for a route: the preferred kind first, then any that fits. */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public Optional<BoothInfo> suggestBooth(long siteId, @Nullable ConsumptionRoute route) {
        List<BoothInfo> free = freeBooths(siteId, route);
        if (route == null) {
            return free.stream().findFirst();
        }
        return free.stream().min(Comparator.comparing((BoothInfo b) -> b.kind() != route.preferredKind()));
    }

    /** Free booths (in service, not occupied, not cleaning) that fit the route (all when null). */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public List<BoothInfo> freeBooths(long siteId, @Nullable ConsumptionRoute route) {
        return board(siteId).tiles().stream()
                .filter(t -> t.state() == BoothState.FREE)
                .map(Board.Tile::booth)
                .filter(b -> route == null || route.fits(b.kind()))
                .toList();
    }

    private CheckInResult.Admitted admit(SiteInfo site, BoothInfo booth, Client client, ConsumptionRoute route,
                           Set<Substance> substances, Map<Supply, Integer> supplies, Instant now) {
        long siteId = site.id();
        if (!booth.inService()) {
            throw new BusinessException("booth", "checkin.error.outOfService", booth.label());
        }
        if (!route.fits(booth.kind())) {
            throw new BusinessException("booth", "checkin.error.wrongKind", booth.label());
        }
        // Without the lock, a check-in that read the booth free just before another desk's check-in
        // committed could insert after that visit had already ended, with a start stamp inside it
        // (the benchmark's 10-ms visits found 5 such overlaps on PostgreSQL).
        visits.lockBooth(booth.id());
        if (visits.findByOpenBoothId(booth.id()).isPresent()) {
            throw new BusinessException("booth", "checkin.error.boothTaken", booth.label());
        }
        if (!visits.findUncleanedSince(List.of(booth.id()), now.minus(Duration.ofMinutes(site.cleaningMinutes()))).isEmpty()) {
            throw new BusinessException("booth", "checkin.error.boothCleaning", booth.label());
        }
        // Stamped only now, after reading the booth free: a check-out committed before that read
        // carries an earlier stamp, so a booth's visits never overlap (the request's own "now" may
        // be older than a check-out another desk committed while this one was validating).
        Instant start = now();
        Visit visit;
        try {
            visit = visits.saveAndFlush(new Visit(siteId, booth.id(), client.getId(), start, route, substances, supplies));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            throw raceLost(e, booth, client);
        }
        if (client.getFirstVisitAt() == null) {
            client.setFirstVisitAt(start);
        }
        Map<Supply, Integer> uncovered = Map.of();
        if (!supplies.isEmpty()) {
            SuppliesHandedOut handedOut = new SuppliesHandedOut(siteId, visit.getId(), start, supplies);
            events.publishEvent(handedOut);
            uncovered = handedOut.uncovered();
        }
        events.publishEvent(new BoardChange(siteId, BoardChange.Kind.CHECKED_IN, booth.id()));
        return new CheckInResult.Admitted(new VisitRef(visit.getId(), booth.id(), booth.label(), client.getAlias(), start),
                uncovered);
    }

    private static BusinessException raceLost(DataAccessException e, BoothInfo booth, Client client) {
        String detail = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        log.debug("Check-in lost a race for booth {}: {}", booth.id(), e.getClass().getSimpleName());
        // match the constraint names: the driver's message may also quote the statement with both columns
        if (detail.contains("uq_visit_open_client")) {
            return new BusinessException("code", "checkin.error.clientInside", client.getAlias(), "");
        }
        if (detail.contains("uq_visit_open_booth")) {
            return new BusinessException("booth", "checkin.error.boothTaken", booth.label());
        }
        return new BusinessException("checkin.error.conflict");
    }

    private void requireNotInside(long siteId, Client client) {
        Optional<Visit> open = visits.findByOpenClientId(client.getId());
        if (open.isPresent()) {
            throw new BusinessException("code", "checkin.error.clientInside", client.getAlias(),
                    siteService.booth(siteId, open.get().getBoothId()).label());
        }
    }

    private QueueEntry saveQueueEntry(QueueEntry entry) {
        try {
            return queue.saveAndFlush(entry);
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException("checkin.error.conflict");
        }
    }

    private CheckInResult refused(long siteId, @Nullable Long clientId, RefusalReason reason, String alias, Instant now) {
        refusals.save(new AdmissionRefusal(siteId, clientId, reason, now));
        events.publishEvent(new BoardChange(siteId, BoardChange.Kind.REFUSED, null));
        return new CheckInResult.Refused(reason, alias);
    }

    /** Now, at the database's precision, so a visit reads back exactly as it was written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private String aliasOf(long clientId) {
        return clients.findById(clientId).map(Client::getAlias).orElse("");
    }

    private Map<Long, String> aliases(long siteId, List<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        return clients.findBySiteIdAndIdIn(siteId, clientIds).stream()
                .collect(Collectors.toMap(Client::getId, Client::getAlias));
    }

    private static void requireVisitDetails(Set<Substance> substances, @Nullable ConsumptionRoute route) {
        if (substances.isEmpty()) {
            throw new BusinessException("substances", "checkin.error.substances");
        }
        if (route == null) {
            throw new BusinessException("route", "checkin.error.route");
        }
    }

    private static Map<Supply, Integer> checkedSupplies(Map<Supply, Integer> requested) {
        Map<Supply, Integer> supplies = new EnumMap<>(Supply.class);
        requested.forEach((supply, quantity) -> {
            if (quantity == null || quantity == 0) {
                return;
            }
            if (quantity < 0 || quantity > Visit.SUPPLY_MAX) {
                throw new BusinessException(supply.name(), "checkin.error.supplyQuantity", Visit.SUPPLY_MAX);
            }
            supplies.put(supply, quantity);
        });
        return supplies;
    }
}
