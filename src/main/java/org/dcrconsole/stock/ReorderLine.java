package org.dcrconsole.stock;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of the reorder list.
 *
 * @param averageDailyUse   units used per day over the last 28 days
 * @param forecastDailyUse  units expected per day over the coming week (see {@link Forecast})
 * @param daysOfCover       days the stock on hand lasts at the forecast rate; empty when nothing is used
 * @param stockOutDate      first day the forecast use cannot be met from stock on hand; empty if none within a year
 * @param suggestedQuantity units to order to reach the target level, counting what is on order and on its
 *                          way from another site, in whole packs
 * @param inTransit         units sent to this site by another site and not yet received
 * @param stockOutWithDeliveries first day the forecast use cannot be met counting open orders (arriving on
 *                          their expected date, or after the lead time) and transfers in transit (arriving
 *                          tomorrow); empty if none within a year
 * @param plannedBoothHours open booth-hours per day the site plans over the coming week (opening hours ×
 *                          booths in service, closures applied); empty when the forecast has no plan
 * @param usePerBoothHour   units used per open booth-hour over the last 28 days; empty without a plan
 */
public record ReorderLine(long itemId, String itemName, ItemCategory category, @Nullable Long supplierId,
                          @Nullable String supplierName, int packSize, int onHand, int onOrder, int reorderPoint,
                          int targetLevel, int leadTimeDays, double averageDailyUse, double forecastDailyUse,
                          @Nullable Double daysOfCover, @Nullable LocalDate stockOutDate, int suggestedQuantity,
                          int inTransit, @Nullable LocalDate stockOutWithDeliveries,
                          @Nullable Double plannedBoothHours, @Nullable Double usePerBoothHour) {

    /** Whole packs of the suggested quantity. */
    public int suggestedPacks() {
        return suggestedQuantity / packSize;
    }
}
