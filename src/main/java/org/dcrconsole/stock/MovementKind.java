package org.dcrconsole.stock;

/** Why stock moved. Receipts and incoming transfers add; the others take away; adjustments do either. */
public enum MovementKind {
    RECEIPT, DISPENSE, USE, WASTE, TRANSFER_OUT, TRANSFER_IN, ADJUSTMENT;

    /** Whether a movement of this kind adds to stock (adjustments carry their own sign). */
    public boolean adds() {
        return this == RECEIPT || this == TRANSFER_IN;
    }
}
