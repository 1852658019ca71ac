package org.dcrconsole.roster;

/** What can be wrong with one shift. Only an overlap is refused; the rest are warnings. */
public enum ShiftIssueKind {
    OVERLAP, SHORT_REST_BEFORE, SHORT_REST_AFTER, TOO_LONG, DURING_ABSENCE, OVER_CONTRACT;

    public boolean blocking() {
        return this == OVERLAP;
    }
}
