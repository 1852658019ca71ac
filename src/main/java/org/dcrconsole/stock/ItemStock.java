package org.dcrconsole.stock;

import java.time.LocalDate;
import org.dcrconsole.base.supply.Supply;
import org.jspecify.annotations.Nullable;

/**
 * One line of the stock list: an item of a site with what is on hand and on order, its levels,
 * how many days the stock lasts at the forecast rate, its next lot expiry and its status.
 */
public record ItemStock(long itemId, String name, ItemCategory category, ItemUnit unit, int packSize,
                        @Nullable Supply supply, boolean lotTracked, boolean active, int onHand, int onOrder,
                        int reorderPoint, int targetLevel, @Nullable Double daysOfCover,
                        @Nullable LocalDate nextExpiry, StockStatus status) {
}
