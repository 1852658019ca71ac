package org.dcrconsole.stock;

import org.jspecify.annotations.Nullable;

/**
 * What the receiver confirms for one line of a sent transfer.
 *
 * @param lineId   the transfer line
 * @param received units arrived whole (0 up to the quantity sent)
 * @param reason   why fewer arrived (short, damaged); required when {@code received} is less than sent
 */
public record TransferReceipt(long lineId, int received, @Nullable String reason) {

    /** The name under which a refusal about one line's field ("received", "reason") is reported. */
    public static String field(String name, long lineId) {
        return name + '.' + lineId;
    }
}
