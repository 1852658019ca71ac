package org.dcrconsole.drugcheck;

import java.time.Instant;
import java.util.Set;
import org.dcrconsole.booth.AlertSeverity;
import org.dcrconsole.booth.Substance;
import org.jspecify.annotations.Nullable;

/**
 * A line of the alerts grid. {@code ownSite} is true for alerts raised at the site being looked
 * at (only those can be ended there); {@code active} is as of the read.
 */
public record AlertRow(long id, String text, AlertSeverity severity, boolean network, boolean ownSite,
                       Set<Substance> substances, Instant raisedAt, String raisedBy, Instant expiresAt,
                       @Nullable Instant endedAt, @Nullable String endedBy, int results, boolean active) {
}
