package org.dcrconsole.booth;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A line of one client's visits on their page. */
public record ClientVisit(long id, Instant startedAt, @Nullable Instant endedAt, String boothLabel,
                          Set<Substance> substances, ConsumptionRoute route) {
}
