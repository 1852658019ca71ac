package org.dcrconsole.stock;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dcrconsole.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** An order to one supplier for one site: draft → ordered → partly received → received, or cancelled. */
@Entity
@Table(name = "stock_purchase_order")
public class PurchaseOrder extends AbstractEntity {

    public static final int NOTE_MAX = 500;
    public static final String SORT_CREATED = "createdAt";

    @Column(name = "site_id", nullable = false, updatable = false)
    private long siteId;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private long supplierId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PurchaseOrderStatus status = PurchaseOrderStatus.DRAFT;

    @Column(name = "ordered_at")
    private @Nullable Instant orderedAt;

    @Column(name = "expected_date")
    private @Nullable LocalDate expectedDate;

    @Size(max = NOTE_MAX)
    private @Nullable String note;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "order_id", nullable = false)
    @OrderBy("id")
    private List<PurchaseOrderLine> lines = new ArrayList<>();

    protected PurchaseOrder() {
    }

    PurchaseOrder(long siteId, long supplierId) {
        this.siteId = siteId;
        this.supplierId = supplierId;
    }

    public long getSiteId() {
        return siteId;
    }

    public long getSupplierId() {
        return supplierId;
    }

    public PurchaseOrderStatus getStatus() {
        return status;
    }

    void setStatus(PurchaseOrderStatus status) {
        this.status = status;
    }

    public @Nullable Instant getOrderedAt() {
        return orderedAt;
    }

    void setOrderedAt(@Nullable Instant orderedAt) {
        this.orderedAt = orderedAt;
    }

    public @Nullable LocalDate getExpectedDate() {
        return expectedDate;
    }

    void setExpectedDate(@Nullable LocalDate expectedDate) {
        this.expectedDate = expectedDate;
    }

    public @Nullable String getNote() {
        return note;
    }

    void setNote(@Nullable String note) {
        this.note = note;
    }

    public List<PurchaseOrderLine> getLines() {
        return List.copyOf(lines);
    }

    List<PurchaseOrderLine> lines() {
        return lines;
    }

    Optional<PurchaseOrderLine> line(long lineId) {
        return lines.stream().filter(l -> l.getId() != null && l.getId() == lineId).findFirst();
    }

    /** Received in full when every line is. */
    boolean fullyReceived() {
        return lines.stream().allMatch(l -> l.getQuantityReceived() >= l.getQuantityOrdered());
    }
}
