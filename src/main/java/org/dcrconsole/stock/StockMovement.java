package org.dcrconsole.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One line of the append-only stock ledger. Never updated or deleted: a mistake is corrected by
 * another movement. The quantity is signed (receipts positive, dispenses negative).
 */
@Entity
@Immutable
@Table(name = "stock_movement")
public class StockMovement {

    public static final int REASON_MAX = 200;
    /** Most units one movement may add: far above any real delivery, far below the balance column's limit. */
    public static final int QUANTITY_MAX = 1_000_000;
    public static final String SORT_OCCURRED = "occurredAt";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "site_id", nullable = false)
    private long siteId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "lot_id")
    private @Nullable Long lotId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MovementKind kind = MovementKind.ADJUSTMENT;

    @Column(nullable = false)
    private int quantity;

    private @Nullable String reason;

    @Column(name = "visit_id")
    private @Nullable Long visitId;

    @Column(name = "counterpart_site_id")
    private @Nullable Long counterpartSiteId;

    @Column(name = "po_line_id")
    private @Nullable Long poLineId;

    @Column(name = "transfer_line_id")
    private @Nullable Long transferLineId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt = Instant.EPOCH;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy = "";

    protected StockMovement() {
    }

    StockMovement(long siteId, long itemId, @Nullable Long lotId, MovementKind kind, int quantity,
                  @Nullable String reason, Instant occurredAt, Instant recordedAt, String recordedBy) {
        this.siteId = siteId;
        this.itemId = itemId;
        this.lotId = lotId;
        this.kind = kind;
        this.quantity = quantity;
        this.reason = reason;
        this.occurredAt = occurredAt;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    StockMovement withVisit(@Nullable Long visit) {
        this.visitId = visit;
        return this;
    }

    StockMovement withCounterpartSite(@Nullable Long site) {
        this.counterpartSiteId = site;
        return this;
    }

    StockMovement withPoLine(@Nullable Long line) {
        this.poLineId = line;
        return this;
    }

    StockMovement withTransferLine(@Nullable Long line) {
        this.transferLineId = line;
        return this;
    }

    public @Nullable Long getTransferLineId() {
        return transferLineId;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getSiteId() {
        return siteId;
    }

    public long getItemId() {
        return itemId;
    }

    public @Nullable Long getLotId() {
        return lotId;
    }

    public MovementKind getKind() {
        return kind;
    }

    public int getQuantity() {
        return quantity;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public @Nullable Long getVisitId() {
        return visitId;
    }

    public @Nullable Long getCounterpartSiteId() {
        return counterpartSiteId;
    }

    public @Nullable Long getPoLineId() {
        return poLineId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
