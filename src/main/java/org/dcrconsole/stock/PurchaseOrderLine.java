package org.dcrconsole.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.dcrconsole.base.AbstractEntity;

/** One item on a purchase order, in units (whole packs when suggested by the reorder list). */
@Entity
@Table(name = "stock_po_line")
public class PurchaseOrderLine extends AbstractEntity {

    public static final int QUANTITY_MAX = 1_000_000;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "quantity_ordered", nullable = false)
    private int quantityOrdered;

    @Column(name = "quantity_received", nullable = false)
    private int quantityReceived;

    protected PurchaseOrderLine() {
    }

    PurchaseOrderLine(long itemId, int quantityOrdered) {
        this.itemId = itemId;
        this.quantityOrdered = quantityOrdered;
    }

    public long getItemId() {
        return itemId;
    }

    public int getQuantityOrdered() {
        return quantityOrdered;
    }

    void setQuantityOrdered(int quantityOrdered) {
        this.quantityOrdered = quantityOrdered;
    }

    public int getQuantityReceived() {
        return quantityReceived;
    }

    void receive(int quantity) {
        this.quantityReceived += quantity;
    }

    public int getQuantityOpen() {
        return quantityOrdered - quantityReceived;
    }
}
