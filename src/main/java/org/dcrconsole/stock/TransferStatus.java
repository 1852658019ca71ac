package org.dcrconsole.stock;

/** Where a transfer order stands: drafted at the sender, on its way, arrived, or called off before sending. */
public enum TransferStatus {
    DRAFT, SENT, RECEIVED, CANCELLED
}
