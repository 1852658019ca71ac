package org.dcrconsole.booth;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.dcrconsole.base.supply.Supply;
import org.jspecify.annotations.Nullable;

/**
 * A check-in as typed at the desk. Without a booth the service picks a free one of the right
 * kind, or puts the client in the queue when none is free. {@code confirmEligibility} records
 * that staff checked the admission criteria (adult, not a first-time user) for a new client.
 */
public record CheckIn(String code, Set<Substance> substances, @Nullable ConsumptionRoute route, @Nullable Long boothId,
                      Map<Supply, Integer> supplies, boolean confirmEligibility) {

    public CheckIn {
        substances = substances == null || substances.isEmpty() ? EnumSet.noneOf(Substance.class) : EnumSet.copyOf(substances);
        supplies = supplies == null || supplies.isEmpty() ? new EnumMap<>(Supply.class) : new EnumMap<>(supplies);
    }

    @Override
    public String toString() {
        return "CheckIn[code=hidden, substances=" + substances + ", route=" + route + ", booth=" + boothId + "]";
    }
}
