package org.dcrconsole.booth;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One ban of a client's history, lifted and ended ones included. {@code otherSite} marks a
 * network ban set at another site for the same code (it cannot be lifted here).
 */
public record ClientBanEntry(long id, boolean network, boolean otherSite, String reason, LocalDate bannedUntil,
                             Instant bannedAt, String bannedBy, @Nullable Instant liftedAt, @Nullable String liftedBy) {

    public boolean holdsOn(LocalDate day) {
        return liftedAt == null && !bannedUntil.isBefore(day);
    }
}
