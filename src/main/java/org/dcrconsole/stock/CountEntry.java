package org.dcrconsole.stock;

import org.jspecify.annotations.Nullable;

/** One counted quantity in a stock count: an item and, for lot-tracked items, the lot. */
public record CountEntry(long itemId, @Nullable Long lotId, int counted) {
}
