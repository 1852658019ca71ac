package org.dcrconsole.booth;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A safety flag of a client, removed ones included. */
public record ClientFlagEntry(long id, String text, Instant setAt, String setBy, @Nullable Instant removedAt,
                              @Nullable String removedBy) {

    public boolean active() {
        return removedAt == null;
    }
}
