package org.dcrconsole.booth;

/** The counts a board header or a dashboard card shows. */
public record BoardSummary(int free, int occupied, int cleaning, int outOfService, int queueLength) {
}
