package org.dcrconsole.stock;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dcrconsole.base.supply.SuppliesHandedOut;
import org.dcrconsole.base.supply.Supply;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.site.SiteService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books the supplies handed out at a check-in (or changed by a correction of the visit) inside
 * that transaction. Dispenses take the earliest-expiring lot first and never drive the ledger below
 * zero: what stock cannot cover is booked as a {@link StockDiscrepancy} for the stock keeper,
 * because the floor already handed it out and a check-in must never be refused for the store's
 * books. Supplies handed back by a correction first reduce the visit's own open discrepancy (they
 * never left the ledger), the rest returns to stock. Runs for whoever works the floor, so it asks
 * for no stock role; the site check still applies.
 */
@Component
class DispenseListener {

    /** The reason on a movement that returns supplies a correction took off a visit. */
    static final String RETURN_REASON = "Visit correction";

    private static final Logger log = LoggerFactory.getLogger(DispenseListener.class);

    private final ItemRepository items;
    private final Ledger ledger;
    private final StockDiscrepancyRepository discrepancies;
    private final StockMovementRepository movements;
    private final LotRepository lots;
    private final SiteService siteService;

    DispenseListener(ItemRepository items, Ledger ledger, StockDiscrepancyRepository discrepancies,
                     StockMovementRepository movements, LotRepository lots, SiteService siteService) {
        this.items = items;
        this.ledger = ledger;
        this.discrepancies = discrepancies;
        this.movements = movements;
        this.lots = lots;
        this.siteService = siteService;
    }

    @EventListener
    @Transactional
    public void onSuppliesHandedOut(SuppliesHandedOut event) {
        CurrentUser.requireSite(event.siteId());
        LocalDate today = LocalDate.ofInstant(event.occurredAt(), siteService.site(event.siteId()).zone());
        // Fixed order, so two check-ins lock the same items in the same sequence.
        for (Map.Entry<Supply, Integer> e : event.quantities().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            Integer quantity = e.getValue();
            if (quantity == null || quantity == 0) {
                continue;
            }
            Item item = items.findBySiteIdAndSupply(event.siteId(), e.getKey()).orElse(null);
            if (item == null) {
                log.debug("No stock item mapped for supply {} at site {}; nothing booked", e.getKey(), event.siteId());
                continue;
            }
            if (quantity > 0) {
                dispense(event, e.getKey(), item, quantity, today);
            } else {
                giveBack(event, item, -quantity);
            }
        }
    }

    private void dispense(SuppliesHandedOut event, Supply supply, Item item, int quantity, LocalDate today) {
        Ledger.Entry entry = new Ledger.Entry(event.occurredAt(), null, event.visitId(), null, null);
        int taken = ledger.takeUpTo(item, MovementKind.DISPENSE, quantity, entry, today);
        int missing = quantity - taken;
        if (missing > 0) {
            discrepancies.save(new StockDiscrepancy(event.siteId(), item.getId(), event.visitId(), missing,
                    event.occurredAt(), CurrentUser.username()));
            event.noteUncovered(supply, missing);
        }
    }

    private void giveBack(SuppliesHandedOut event, Item item, int quantity) {
        int remaining = quantity;
        List<StockDiscrepancy> open = discrepancies.findByItemIdAndVisitIdAndResolvedAtIsNullOrderByIdDesc(item.getId(),
                event.visitId());
        for (StockDiscrepancy d : open) {
            if (remaining == 0) {
                break;
            }
            if (d.getQuantity() <= remaining) {
                remaining -= d.getQuantity();
                d.resolve(event.occurredAt(), CurrentUser.username(), null);
            } else {
                d.reduce(remaining);
                remaining = 0;
            }
        }
        if (remaining > 0) {
            // back into the lot the visit's supplies were last taken from, so lot-tracked stock stays countable
            Lot lot = movements.findBySiteIdAndVisitId(event.siteId(), event.visitId()).stream()
                    .filter(m -> m.getItemId() == item.getId() && m.getKind() == MovementKind.DISPENSE && m.getLotId() != null)
                    .max(Comparator.comparing(StockMovement::getId))
                    .flatMap(m -> lots.findById(m.getLotId()))
                    .orElse(null);
            ledger.add(item, lot, MovementKind.ADJUSTMENT, remaining,
                    new Ledger.Entry(event.occurredAt(), RETURN_REASON, event.visitId(), null, null));
        }
    }
}
