package org.dcrconsole.booth;

/** What a correction of a visit did. */
public enum CorrectionAction {
    VOID, CORRECT, CHECK_OUT, MOVE, CLOSE_DAY
}
