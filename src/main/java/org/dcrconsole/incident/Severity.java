package org.dcrconsole.incident;

/** Harm scale of an incident; it sets how soon the review is due. */
public enum Severity {
    NONE, LOW, MODERATE, SEVERE, DEATH
}
