package org.dcrconsole.incident;

/** How a naloxone dose was given: intramuscular, intranasal, intravenous. */
public enum NaloxoneRoute {
    IM, IN, IV
}
