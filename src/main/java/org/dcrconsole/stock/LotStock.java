package org.dcrconsole.stock;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What is on hand of one lot (or of an item without lots, lot fields empty) at a site. */
public record LotStock(long itemId, String itemName, ItemCategory category, @Nullable Long lotId,
                       @Nullable String lotNumber, @Nullable LocalDate expiryDate, int quantity,
                       boolean expired, boolean expiring) {
}
