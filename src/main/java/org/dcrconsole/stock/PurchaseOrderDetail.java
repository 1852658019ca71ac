package org.dcrconsole.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One purchase order with its lines, ready for the order page, the CSV export and printing. */
public record PurchaseOrderDetail(long id, long siteId, String siteName, long supplierId, String supplierName,
                                  @Nullable String supplierContact, PurchaseOrderStatus status,
                                  @Nullable Instant createdAt, @Nullable String createdBy, @Nullable Instant orderedAt,
                                  @Nullable LocalDate expectedDate, @Nullable String note, List<Line> lines) {

    /** One line: the item, how many were ordered and how many have arrived. */
    public record Line(long lineId, long itemId, String itemName, ItemUnit unit, int packSize, boolean lotTracked,
                       int ordered, int received) {

        public int open() {
            return ordered - received;
        }
    }
}
