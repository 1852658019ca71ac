package org.dcrconsole.stock;

import java.util.List;

/**
 * A transfer with its lines, as one of its two sites sees it.
 *
 * @param missingAtReceiver names of the items the receiving site keeps under no item with that code
 *                          (receiving creates them there from the sender's item)
 */
public record TransferDetail(TransferSummary summary, List<TransferLine> lines, List<String> missingAtReceiver) {
}
