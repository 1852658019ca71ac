package org.dcrconsole.stock;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A draft transfer as the sender writes it.
 *
 * @param toSiteId the receiving site
 * @param note     optional note for the receiver
 * @param lines    items of the sending site, each with a quantity and optionally the lot to send
 *                 (without a lot, the lots that expire first leave)
 */
public record TransferRequest(long toSiteId, @Nullable String note, List<Line> lines) {

    public record Line(long itemId, @Nullable Long lotId, int quantity) {
    }
}
