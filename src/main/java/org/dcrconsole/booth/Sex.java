package org.dcrconsole.booth;

/** The sex letter of the client code (F, M, D), kept for the funder's statistics. */
public enum Sex {
    FEMALE, MALE, DIVERSE
}
