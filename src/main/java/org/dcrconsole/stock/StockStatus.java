package org.dcrconsole.stock;

/** How an item stands at a site, worst first: out of stock, at or under reorder point, a lot expiring, fine. */
public enum StockStatus {
    OUT, LOW, EXPIRING, OK
}
