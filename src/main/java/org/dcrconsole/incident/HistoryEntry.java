package org.dcrconsole.incident;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One changed value in an incident's history, as Envers recorded it: which revision, when,
 * who, which record ({@code subject} "incident", "step" or "action" with its id), which field,
 * and the value before and after. Immutable: the history is only ever read.
 */
public record HistoryEntry(long revision, Instant at, String username, String subject, long subjectId,
                           Change change, String field, @Nullable Object oldValue, @Nullable Object newValue) {

    /** Whether the record was created, changed or removed in this revision. */
    public enum Change {
        CREATED, CHANGED, REMOVED
    }
}
