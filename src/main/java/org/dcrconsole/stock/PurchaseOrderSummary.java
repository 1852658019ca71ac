package org.dcrconsole.stock;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A purchase order as the order list shows it. */
public record PurchaseOrderSummary(long id, String supplierName, PurchaseOrderStatus status, @Nullable Instant createdAt,
                                   @Nullable Instant orderedAt, @Nullable LocalDate expectedDate, int lineCount,
                                   int unitsOrdered, int unitsReceived) {
}
