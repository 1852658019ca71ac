package org.dcrconsole.drugcheck;

import java.time.Instant;
import java.util.Set;
import org.dcrconsole.booth.AlertSeverity;

/** An alert as a supervisor raises it from one or more results of their site. */
public record AlertInput(String text, AlertSeverity severity, boolean network, Instant expiresAt,
                         Set<Long> resultIds) {
}
