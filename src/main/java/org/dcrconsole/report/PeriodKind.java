package org.dcrconsole.report;

/** The periods a dashboard can show; CUSTOM takes its first and last day from the user. */
public enum PeriodKind {
    TODAY, LAST_7_DAYS, THIS_MONTH, LAST_MONTH, CUSTOM
}
