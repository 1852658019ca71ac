package org.dcrconsole.stock;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What arrived for one purchase order line; lot number and expiry for lot-tracked items. */
public record ReceiptLine(long lineId, int quantity, @Nullable String lotNumber, @Nullable LocalDate expiryDate) {
}
