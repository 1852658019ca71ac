package org.dcrconsole.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of a transfer order: an item of the sender (with the code that finds it at the
 * receiver), and once sent, the lot that left and its expiry; once received, what arrived whole.
 */
@Entity
@Table(name = "stock_transfer_line")
public class TransferLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "item_code", nullable = false, updatable = false)
    private String itemCode = "";

    @Column(name = "item_name", nullable = false, updatable = false)
    private String itemName = "";

    @Column(name = "lot_id", updatable = false)
    private @Nullable Long lotId;

    @Column(name = "lot_number", updatable = false)
    private @Nullable String lotNumber;

    @Column(name = "expiry_date", updatable = false)
    private @Nullable LocalDate expiryDate;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(name = "received_quantity")
    private @Nullable Integer receivedQuantity;

    @Column(name = "loss_reason")
    private @Nullable String lossReason;

    protected TransferLine() {
    }

    TransferLine(int lineNo, Item item, @Nullable Lot lot, int quantity) {
        this.lineNo = lineNo;
        this.itemId = item.getId();
        this.itemCode = item.getCode();
        this.itemName = item.getName();
        this.lotId = Lot.idOf(lot);
        this.lotNumber = lot == null ? null : lot.getLotNumber();
        this.expiryDate = lot == null ? null : lot.getExpiryDate();
        this.quantity = quantity;
    }

    void received(int whole, @Nullable String reason) {
        this.receivedQuantity = whole;
        this.lossReason = reason;
    }

    public @Nullable Long getId() {
        return id;
    }

    public int getLineNo() {
        return lineNo;
    }

    public long getItemId() {
        return itemId;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getItemName() {
        return itemName;
    }

    public @Nullable Long getLotId() {
        return lotId;
    }

    public @Nullable String getLotNumber() {
        return lotNumber;
    }

    public @Nullable LocalDate getExpiryDate() {
        return expiryDate;
    }

    public int getQuantity() {
        return quantity;
    }

    public @Nullable Integer getReceivedQuantity() {
        return receivedQuantity;
    }

    public @Nullable String getLossReason() {
        return lossReason;
    }
}
