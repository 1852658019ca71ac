package org.dcrconsole.roster;

/** Where in the room a person works during a shift. */
public enum ShiftPosition {
    INJECTION_ROOM, INHALATION_ROOM, RECEPTION, COUNSELLING, SECURITY
}
