package org.dcrconsole.stock;

import java.time.Instant;

/** A consumption movement reduced to what the forecast needs. */
record UseRow(long itemId, Instant occurredAt, int quantity) {
}
