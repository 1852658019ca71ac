package org.dcrconsole.stock;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A naloxone kit item of a site, or (after a hand-out) the kit taken: the item and the lot it
 * came from, if the item tracks lots.
 */
public record NaloxoneKit(long itemId, String itemName, @Nullable Long lotId, @Nullable String lotNumber,
                          @Nullable LocalDate expiryDate) {
}
