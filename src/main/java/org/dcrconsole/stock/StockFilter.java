package org.dcrconsole.stock;

import org.jspecify.annotations.Nullable;

/** Filter of the stock list; empty fields match everything. */
public record StockFilter(@Nullable ItemCategory category, @Nullable StockStatus status) {

    public static final StockFilter ALL = new StockFilter(null, null);

    boolean matches(ItemStock row) {
        return (category == null || row.category() == category) && (status == null || row.status() == status);
    }
}
