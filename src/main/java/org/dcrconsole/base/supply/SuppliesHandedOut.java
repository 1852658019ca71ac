package org.dcrconsole.base.supply;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Published inside the check-in transaction when supplies are handed out with a visit, and inside
 * a correction's transaction when a visit's supplies change. The stock feature listens and books
 * the movements in the same transaction: a positive quantity was handed out (dispensed), a negative
 * one came back (returned to stock). Stock never blocks the floor: what the ledger cannot cover is
 * booked as a stock discrepancy, and the listener notes it in {@code uncovered} so that the desk
 * can be told quietly.
 *
 * @param siteId     the site of the visit
 * @param visitId    the visit the supplies went with
 * @param occurredAt when they were handed out (or back)
 * @param quantities how many of each kind, signed
 * @param uncovered  filled by the stock feature: how many of each kind the ledger could not cover
 */
public record SuppliesHandedOut(long siteId, long visitId, Instant occurredAt, Map<Supply, Integer> quantities,
                                Map<Supply, Integer> uncovered) {

    public SuppliesHandedOut {
        quantities = Map.copyOf(quantities);
    }

    public SuppliesHandedOut(long siteId, long visitId, Instant occurredAt, Map<Supply, Integer> quantities) {
        this(siteId, visitId, occurredAt, quantities, new EnumMap<>(Supply.class));
    }

    /** Called by the stock feature for a shortfall it booked as a discrepancy. */
    public void noteUncovered(Supply supply, int quantity) {
        uncovered.merge(supply, quantity, Integer::sum);
    }
}
