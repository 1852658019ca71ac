package org.dcrconsole.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a user's change history as the administrator sees it. {@code field} is one of
 * CREATED, USERNAME, ROLES, SITES, ACTIVE, PASSWORD_RESET, PASSWORD_CHANGED; roles are their
 * names and sites their ids, comma-separated and sorted.
 */
public record UserChangeRow(Instant changedAt, String changedBy, String field, @Nullable String oldValue,
                            @Nullable String newValue) {
}
