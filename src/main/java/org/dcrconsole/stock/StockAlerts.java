package org.dcrconsole.stock;

import java.util.List;

/**
 * What the dashboard shows about a site's stock.
 *
 * @param outOfStock             active items with nothing on hand
 * @param atOrUnderReorderPoint  active items at or under their reorder point (including those out of stock)
 * @param naloxoneExpiring       naloxone lots on hand that expire within the site's warning window, or have expired
 */
public record StockAlerts(int outOfStock, int atOrUnderReorderPoint, List<LotStock> naloxoneExpiring) {
}
