package org.dcrconsole.base.supply;

import java.time.Instant;
import java.util.Map;

/**
 * Published inside the check-in transaction when supplies are handed out with a visit. The
 * stock feature listens and books the dispense movements in the same transaction; when stock
 * cannot cover them it throws, and the whole check-in is rolled back with its message.
 *
 * @param siteId     the site of the visit
 * @param visitId    the visit the supplies went with
 * @param occurredAt when they were handed out
 * @param quantities how many of each kind (only positive counts)
 */
public record SuppliesHandedOut(long siteId, long visitId, Instant occurredAt, Map<Supply, Integer> quantities) {

    public SuppliesHandedOut {
        quantities = Map.copyOf(quantities);
    }
}
