package org.dcrconsole.roster;

/** A qualification the staffing rules look at; MEDICAL is what "medical cover" counts. */
public enum Qualification {
    MEDICAL, NALOXONE, FIRST_AID
}
