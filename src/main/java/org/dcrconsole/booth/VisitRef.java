package org.dcrconsole.booth;

import java.time.Instant;

/** What another feature (an incident report) needs to name a visit. */
public record VisitRef(long visitId, long boothId, String boothLabel, String clientAlias, Instant startedAt) {
}
