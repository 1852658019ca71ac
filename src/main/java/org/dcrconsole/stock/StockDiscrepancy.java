package org.dcrconsole.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dcrconsole.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * Supplies the floor handed out that the ledger could not cover (the ledger stays at zero). Open
 * until the stock keeper counts the item: the count sets the real quantity and resolves it.
 */
@Entity
@Table(name = "stock_discrepancy")
public class StockDiscrepancy extends AbstractEntity {

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(name = "visit_id", updatable = false)
    private @Nullable Long visitId;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    @Column(name = "resolved_by")
    private @Nullable String resolvedBy;

    @Column(name = "count_id")
    private @Nullable Long countId;

    protected StockDiscrepancy() {
    }

    StockDiscrepancy(long siteId, long itemId, @Nullable Long visitId, int quantity, Instant occurredAt, String recordedBy) {
        this.siteId = siteId;
        this.itemId = itemId;
        this.visitId = visitId;
        this.quantity = quantity;
        this.occurredAt = occurredAt;
        this.recordedBy = recordedBy;
    }

    /** Resolved by a count of the item ({@code countId}) or by a correction that took the supplies back (null). */
    void resolve(Instant at, String by, @Nullable Long countId) {
        this.resolvedAt = at;
        this.resolvedBy = by;
        this.countId = countId;
    }

    /** A correction handed part of the uncovered supplies back: less is missing. */
    void reduce(int by) {
        this.quantity -= by;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getItemId() {
        return itemId;
    }

    public @Nullable Long getVisitId() {
        return visitId;
    }

    public int getQuantity() {
        return quantity;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public @Nullable Instant getResolvedAt() {
        return resolvedAt;
    }

    public @Nullable String getResolvedBy() {
        return resolvedBy;
    }

    public @Nullable Long getCountId() {
        return countId;
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }
}
