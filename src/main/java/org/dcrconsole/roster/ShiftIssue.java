package org.dcrconsole.roster;

import java.io.Serializable;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One problem of a shift and its size: for an overlap how long the shifts overlap, for short
 * rest the rest there is, for a long shift (or duty of touching shifts) its length, for
 * contract hours the week's total; {@code limit} is the rule's figure (11 h, 10 h, contract).
 */
public record ShiftIssue(ShiftIssueKind kind, Duration amount, Duration limit,
                         @Nullable AbsenceKind absenceKind) implements Serializable {

    public boolean blocking() {
        return kind.blocking();
    }
}
