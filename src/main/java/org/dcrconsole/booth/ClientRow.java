package org.dcrconsole.booth;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A line of the client register: no code, only the alias and what staff need to decide. */
public record ClientRow(long id, String alias, Sex sex, int birthYear, @Nullable Instant firstVisitAt,
                        boolean eligibilityConfirmed, @Nullable String banReason, @Nullable LocalDate bannedUntil,
                        long visits, @Nullable Instant lastVisitAt) {

    public boolean bannedOn(LocalDate day) {
        return bannedUntil != null && !bannedUntil.isBefore(day);
    }
}
