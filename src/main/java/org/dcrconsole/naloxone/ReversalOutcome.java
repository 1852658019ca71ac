package org.dcrconsole.naloxone;

/** How an overdose reversed outside with a take-home kit ended, as the client reported it. */
public enum ReversalOutcome {
    RECOVERED, AMBULANCE, HOSPITAL, DIED, UNKNOWN
}
