package org.dcrconsole.stock;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the transfer list of a site: who sends to whom, where it stands, how many lines and units. */
public record TransferSummary(long id, long fromSiteId, long toSiteId, TransferStatus status, @Nullable String note,
                              @Nullable Instant createdAt, @Nullable Instant sentAt, @Nullable Instant receivedAt,
                              long lineCount, long units) {
}
