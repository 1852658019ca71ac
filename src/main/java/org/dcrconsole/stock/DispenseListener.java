package org.dcrconsole.stock;

import java.time.LocalDate;
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
 * Books the supplies handed out at a check-in as dispense movements, earliest-expiring lot first,
 * inside the check-in's own transaction: when stock cannot cover them, the refusal rolls the
 * whole check-in back. Runs for whoever checks in (staff, supervisors, managers), so it asks for
 * no stock role; the site check still applies.
 */
@Component
class DispenseListener {

    private static final Logger log = LoggerFactory.getLogger(DispenseListener.class);

    private final ItemRepository items;
    private final Ledger ledger;
    private final SiteService siteService;

    DispenseListener(ItemRepository items, Ledger ledger, SiteService siteService) {
        this.items = items;
        this.ledger = ledger;
        this.siteService = siteService;
    }

    @EventListener
    @Transactional
    public void onSuppliesHandedOut(SuppliesHandedOut event) {
        CurrentUser.requireSite(event.siteId());
        LocalDate today = LocalDate.ofInstant(event.occurredAt(), siteService.site(event.siteId()).zone());
        Ledger.Entry entry = new Ledger.Entry(event.occurredAt(), null, event.visitId(), null, null);
        // Fixed order, so two check-ins lock the same items in the same sequence.
        for (Map.Entry<Supply, Integer> e : event.quantities().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            if (e.getValue() == null || e.getValue() <= 0) {
                continue;
            }
            Item item = items.findBySiteIdAndSupply(event.siteId(), e.getKey()).orElse(null);
            if (item == null) {
                log.debug("No stock item mapped for supply {} at site {}; nothing booked", e.getKey(), event.siteId());
                continue;
            }
            ledger.take(item, null, MovementKind.DISPENSE, e.getValue(), entry, today);
        }
    }
}
