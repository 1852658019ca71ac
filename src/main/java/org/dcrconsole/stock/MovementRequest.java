package org.dcrconsole.stock;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A movement as a stock keeper records it.
 *
 * @param itemId     the item at the site
 * @param kind       RECEIPT, USE, WASTE or ADJUSTMENT (dispenses come from check-ins, transfers from
 *                   transfer orders)
 * @param quantity   units; positive, except for an adjustment, whose sign says up or down
 * @param lotId      an existing lot to take from or adjust; empty for "earliest expiry first"
 * @param lotNumber  for a receipt of a lot-tracked item: the lot's number
 * @param expiryDate for a receipt of a lot-tracked item: the lot's expiry date
 * @param reason     why (required for adjustments)
 * @param occurredAt when it happened; empty for now
 */
public record MovementRequest(long itemId, MovementKind kind, int quantity, @Nullable Long lotId,
                              @Nullable String lotNumber, @Nullable LocalDate expiryDate,
                              @Nullable String reason, @Nullable Instant occurredAt) {

    public static MovementRequest of(long itemId, MovementKind kind, int quantity) {
        return new MovementRequest(itemId, kind, quantity, null, null, null, null, null);
    }

    public MovementRequest withLot(String number, LocalDate expiry) {
        return new MovementRequest(itemId, kind, quantity, lotId, number, expiry, reason, occurredAt);
    }

    public MovementRequest fromLot(long lot) {
        return new MovementRequest(itemId, kind, quantity, lot, lotNumber, expiryDate, reason, occurredAt);
    }

    public MovementRequest because(String why) {
        return new MovementRequest(itemId, kind, quantity, lotId, lotNumber, expiryDate, why, occurredAt);
    }

    public MovementRequest at(Instant when) {
        return new MovementRequest(itemId, kind, quantity, lotId, lotNumber, expiryDate, reason, when);
    }
}
