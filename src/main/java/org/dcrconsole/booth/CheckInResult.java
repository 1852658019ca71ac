package org.dcrconsole.booth;

import java.util.Map;
import org.dcrconsole.base.supply.Supply;

/** How a check-in ended: in a booth, refused at the door (recorded), or waiting in the queue. */
public sealed interface CheckInResult {

    /**
     * In a booth. {@code uncoveredSupplies}: what the store's ledger could not cover of the supplies
     * handed out, booked as a stock discrepancy (the desk is told quietly; the check-in stands).
     */
    record Admitted(VisitRef visit, Map<Supply, Integer> uncoveredSupplies) implements CheckInResult {

        public Admitted {
            uncoveredSupplies = Map.copyOf(uncoveredSupplies);
        }

        public Admitted(VisitRef visit) {
            this(visit, Map.of());
        }
    }

    record Refused(RefusalReason reason, String alias) implements CheckInResult {
    }

    record Queued(long entryId, String alias, int position) implements CheckInResult {
    }
}
