package org.dcrconsole.stock;

/** The life of a purchase order: draft → ordered → partly received → received, or cancelled. */
public enum PurchaseOrderStatus {
    DRAFT, ORDERED, PARTLY_RECEIVED, RECEIVED, CANCELLED;

    /** Whether goods are still expected on an order in this state. */
    public boolean open() {
        return this == ORDERED || this == PARTLY_RECEIVED;
    }
}
