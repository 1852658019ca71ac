package org.dcrconsole.booth;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.dcrconsole.base.supply.Supply;
import org.jspecify.annotations.Nullable;

/**
 * A correction of a visit as typed: each value given replaces the visit's, null leaves it as it is.
 * {@code code} is the client's code (stored only as hash and alias, as at check-in); {@code endedAt}
 * applies to a closed visit only (an open one is ended by a check-out).
 */
public record VisitCorrectionRequest(@Nullable String code, @Nullable Set<Substance> substances,
                                     @Nullable ConsumptionRoute route, @Nullable Map<Supply, Integer> supplies,
                                     @Nullable Instant startedAt, @Nullable Instant endedAt, String reason) {

    public VisitCorrectionRequest {
        substances = substances == null ? null : substances.isEmpty() ? EnumSet.noneOf(Substance.class) : EnumSet.copyOf(substances);
        supplies = supplies == null ? null : supplies.isEmpty() ? new EnumMap<>(Supply.class) : new EnumMap<>(supplies);
    }

    @Override
    public String toString() {
        return "VisitCorrectionRequest[code=" + (code == null ? "unchanged" : "hidden") + ", substances=" + substances
                + ", route=" + route + ", supplies=" + supplies + ", startedAt=" + startedAt + ", endedAt=" + endedAt + "]";
    }
}
