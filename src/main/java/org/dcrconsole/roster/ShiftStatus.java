package org.dcrconsole.roster;

/** A draft is the manager's plan; staff see a shift only once it is published. */
public enum ShiftStatus {
    DRAFT, PUBLISHED
}
