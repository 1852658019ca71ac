package org.dcrconsole.incident;

/** The review workflow: reported → under review → actions open → closed. */
public enum IncidentState {
    REPORTED, UNDER_REVIEW, ACTIONS_OPEN, CLOSED
}
