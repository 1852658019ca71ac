package org.dcrconsole.roster;

/** Why a staff member is away. */
public enum AbsenceKind {
    LEAVE, SICKNESS, TRAINING
}
