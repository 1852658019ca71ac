package org.dcrconsole.booth;

import java.time.Instant;

/** An admission refused to one client, for their page. */
public record ClientRefusal(long id, Instant refusedAt, RefusalReason reason) {
}
