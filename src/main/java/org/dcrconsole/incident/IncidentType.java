package org.dcrconsole.incident;

/** What kind of incident happened (SPEC.md §4). */
public enum IncidentType {
    OPIOID_OVERDOSE, OTHER_MEDICAL, NEEDLE_STICK, AGGRESSION, SELF_HARM, THEFT, DEALING, OTHER;

    /** Whether this is a medical emergency in the sense of the annual statistics. */
    public boolean isEmergency() {
        return this == OPIOID_OVERDOSE || this == OTHER_MEDICAL;
    }
}
