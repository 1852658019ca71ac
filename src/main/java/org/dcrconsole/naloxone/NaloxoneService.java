package org.dcrconsole.naloxone;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.Roles;
import org.dcrconsole.security.UserRef;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.stock.NaloxoneKit;
import org.dcrconsole.stock.StockService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Take-home naloxone per client: training given, kits handed out (from stock, earliest expiry
 * first, as a dispense movement in the same transaction) and overdoses the client reversed
 * outside with a kit. Staff and supervisors record; managers read; counts feed the dashboard
 * and the monthly report.
 */
@Service
public class NaloxoneService {

    /** How far back a training or a reversal may be recorded: what is older is no longer told reliably. */
    public static final int MAX_DAYS_BACK = 365;

    private final NaloxoneTrainingRepository trainings;
    private final NaloxoneKitRepository kits;
    private final NaloxoneReversalRepository reversals;
    private final ClientService clientService;
    private final StockService stockService;
    private final UserService userService;
    private final SiteService siteService;
    private final Clock clock;

    NaloxoneService(NaloxoneTrainingRepository trainings, NaloxoneKitRepository kits,
                    NaloxoneReversalRepository reversals, ClientService clientService, StockService stockService,
                    UserService userService, SiteService siteService, Clock clock) {
        this.trainings = trainings;
        this.kits = kits;
        this.reversals = reversals;
        this.clientService = clientService;
        this.stockService = stockService;
        this.userService = userService;
        this.siteService = siteService;
        this.clock = clock;
    }

    /** The site's naloxone kit items, for the hand-out picker. */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public List<NaloxoneKit> kitItems(long siteId) {
        CurrentUser.requireSite(siteId);
        return stockService.naloxoneKits(siteId);
    }

    /** The staff who may have given a training at the site (staff and supervisors), for the picker. */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public List<UserRef> trainers(long siteId) {
        CurrentUser.requireSite(siteId);
        Map<Long, UserRef> trainers = new HashMap<>();
        for (Role role : List.of(Role.STAFF, Role.SUPERVISOR)) {
            userService.colleagues(siteId, role).forEach(u -> trainers.putIfAbsent(u.id(), u));
        }
        return trainers.values().stream().sorted(java.util.Comparator.comparing(UserRef::displayName)).toList();
    }

    /**
     * Records a training of a client of the site.
     *
     * @throws BusinessException when the day lies ahead, more than a year back or is missing, or the trainer is not staff of the site
     */
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR')")
    @Transactional
    public void recordTraining(long siteId, long clientId, LocalDate trainedOn, long trainerId) {
        CurrentUser.requireSite(siteId);
        clientService.get(siteId, clientId);
        requireDay("trainedOn", trainedOn, siteId);
        if (trainers(siteId).stream().noneMatch(u -> u.id() == trainerId)) {
            throw new BusinessException("trainer", "naloxone.error.trainer");
        }
        trainings.save(new NaloxoneTraining(siteId, clientId, trainedOn, trainerId));
    }

    /**
     * Hands a kit to a client of the site: one unit of the chosen naloxone item leaves stock as a
     * dispense, earliest-expiring lot first. A kit to a client who had one before is a refill.
     *
     * @return the kit with the lot taken
     * @throws BusinessException when the item is not a naloxone kit of the site or none is in stock;
     *                           nothing is written then
     */
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR')")
    @Transactional
    public NaloxoneRecord.Kit handOutKit(long siteId, long clientId, long itemId) {
        CurrentUser.requireSite(siteId);
        clientService.get(siteId, clientId);
        Instant now = clock.instant();
        NaloxoneKit taken = stockService.handOutNaloxoneKit(siteId, itemId, now);
        boolean refill = kits.existsByClientId(clientId);
        NaloxoneKitHandOut kit = kits.save(new NaloxoneKitHandOut(siteId, clientId, now, CurrentUser.username(),
                taken.itemId(), taken.itemName(), taken.lotId(), taken.lotNumber(), taken.expiryDate(), refill));
        return kit(kit);
    }

    /**
     * Records that the client used a kit on someone outside ("used it on a friend").
     *
     * @throws BusinessException when the day lies ahead, more than a year back or is missing, or the outcome is missing
     */
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR')")
    @Transactional
    public void reportReversal(long siteId, long clientId, LocalDate usedOn, ReversalOutcome outcome) {
        CurrentUser.requireSite(siteId);
        clientService.get(siteId, clientId);
        requireDay("usedOn", usedOn, siteId);
        if (outcome == null) {
            throw new BusinessException("outcome", "naloxone.error.outcome");
        }
        reversals.save(new NaloxoneReversal(siteId, clientId, usedOn, outcome, clock.instant(), CurrentUser.username()));
    }

    /** A client's take-home naloxone, newest first. */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public NaloxoneRecord record(long siteId, long clientId) {
        CurrentUser.requireSite(siteId);
        clientService.get(siteId, clientId);
        Map<Long, String> names = new HashMap<>();
        trainers(siteId).forEach(u -> names.put(u.id(), u.displayName()));
        return new NaloxoneRecord(
                trainings.findByClientIdOrderByTrainedOnDescIdDesc(clientId).stream()
                        .map(t -> new NaloxoneRecord.Training(t.getId(), t.getTrainedOn(),
                                names.getOrDefault(t.getTrainerId(), "#" + t.getTrainerId())))
                        .toList(),
                kits.findByClientIdOrderByHandedOutAtDescIdDesc(clientId).stream().map(NaloxoneService::kit).toList(),
                reversals.findByClientIdOrderByUsedOnDescIdDesc(clientId).stream()
                        .map(r -> new NaloxoneRecord.Reversal(r.getId(), r.getUsedOn(), r.getOutcome(),
                                r.getReportedAt(), r.getReportedBy()))
                        .toList());
    }

    /** Kits handed out, clients trained and reversals reported at the site in {@code [from, to)}. */
    @PreAuthorize(Roles.CLIENT_DATA)
    @Transactional(readOnly = true)
    public NaloxoneCounts counts(long siteId, Instant from, Instant to) {
        CurrentUser.requireSite(siteId);
        ZoneId zone = siteService.site(siteId).zone();
        // a training is a day; a period's instants are local midnights, so these are its days
        LocalDate fromDay = LocalDate.ofInstant(from, zone);
        LocalDate toDay = LocalDate.ofInstant(to.minusNanos(1), zone).plusDays(1);
        return new NaloxoneCounts(
                kits.countBySiteIdAndHandedOutAtGreaterThanEqualAndHandedOutAtLessThan(siteId, from, to),
                trainings.countClientsTrained(siteId, fromDay, toDay),
                reversals.countBySiteIdAndReportedAtGreaterThanEqualAndReportedAtLessThan(siteId, from, to));
    }

    private void requireDay(String field, LocalDate day, long siteId) {
        if (day == null) {
            throw new BusinessException(field, "naloxone.error.day");
        }
        LocalDate today = LocalDate.now(clock.withZone(siteService.site(siteId).zone()));
        if (day.isAfter(today)) {
            throw new BusinessException(field, "naloxone.error.dayAhead");
        }
        if (day.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            throw new BusinessException(field, "naloxone.error.dayLongAgo", MAX_DAYS_BACK);
        }
    }

    private static NaloxoneRecord.Kit kit(NaloxoneKitHandOut k) {
        return new NaloxoneRecord.Kit(k.getId(), k.getHandedOutAt(), k.getHandedOutBy(), k.getItemName(),
                k.getLotNumber(), k.getExpiryDate(), k.isRefill());
    }
}
