package org.dcrconsole.booth;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.dcrconsole.base.supply.Supply;
import org.jspecify.annotations.Nullable;

/** A line of the visit history. */
public record VisitRow(long id, Instant startedAt, @Nullable Instant endedAt, long boothId, String boothLabel,
                       String alias, Set<Substance> substances, ConsumptionRoute route,
                       Map<Supply, Integer> supplies, @Nullable Integer syringesReturned, boolean counselling,
                       Set<ReferralKind> referrals) {
}
