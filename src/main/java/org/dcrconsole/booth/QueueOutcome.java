package org.dcrconsole.booth;

/** How a wait in the queue ended. */
public enum QueueOutcome {
    ADMITTED, LEFT
}
