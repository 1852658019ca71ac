package org.dcrconsole.booth;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the check-in dialog shows once a code is typed: the alias, and whatever stands in the way
 * of an admission. {@code known} is false for a code never seen at the site.
 */
public record ClientStatus(String alias, boolean known, boolean eligibilityConfirmed, boolean underAge,
                           @Nullable String banReason, @Nullable LocalDate bannedUntil,
                           @Nullable String insideBooth, boolean waiting) {

    public boolean banned() {
        return bannedUntil != null;
    }
}
