package org.dcrconsole.booth;

/** How serious a drug-checking alert is; the banner's colour follows it. */
public enum AlertSeverity {
    ADVISORY, WARNING, DANGER
}
