package org.dcrconsole.incident;

/** How an emergency ended for the client. */
public enum Outcome {
    RECOVERED_ON_SITE, TRANSFERRED_TO_HOSPITAL, REFUSED_TRANSFER, DIED
}
