package org.dcrconsole.booth;

/** Whether a visit stands as recorded, was corrected, or was voided (a mistaken check-in, counted nowhere). */
public enum VisitStatus {
    NORMAL, CORRECTED, VOIDED
}
