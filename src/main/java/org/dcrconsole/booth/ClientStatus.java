package org.dcrconsole.booth;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the check-in dialog shows once a code is typed: the alias, and whatever stands in the way
 * of an admission, and the safety flags supervisors set. {@code known} is false for a code never
 * seen at the site (a network ban of another site can still hold for it).
 */
public record ClientStatus(String alias, boolean known, boolean eligibilityConfirmed, boolean underAge,
                           @Nullable String banReason, @Nullable LocalDate bannedUntil,
                           @Nullable String insideBooth, boolean waiting, List<String> safetyFlags) {

    public boolean banned() {
        return bannedUntil != null;
    }
}
