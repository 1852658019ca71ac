package org.dcrconsole.incident;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the incident list. */
public record IncidentRow(long id, Instant occurredAt, IncidentType type, Severity severity, IncidentState state,
                          @Nullable Long boothId, @Nullable String clientAlias, Instant reviewDeadline,
                          boolean overdue) {
}
