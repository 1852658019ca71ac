package org.dcrconsole.booth;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.dcrconsole.base.supply.Supply;
import org.jspecify.annotations.Nullable;

/** A line of the visit history; {@code createdBy}/{@code createdAt} say who checked the client in, and when. */
public record VisitRow(long id, Instant startedAt, @Nullable Instant endedAt, long boothId, String boothLabel,
                       String alias, Set<Substance> substances, ConsumptionRoute route,
                       Map<Supply, Integer> supplies, @Nullable Integer syringesReturned, boolean counselling,
                       Set<ReferralKind> referrals, VisitStatus status, @Nullable String createdBy,
                       @Nullable Instant createdAt) {
}
