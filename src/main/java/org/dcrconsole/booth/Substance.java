package org.dcrconsole.booth;

/** What a client consumes in a visit (SPEC §1); a visit may record several. */
public enum Substance {
    OPIOIDS, COCAINE, CRACK, AMPHETAMINES, BENZODIAZEPINES, OTHER
}
