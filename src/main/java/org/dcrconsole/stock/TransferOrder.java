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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dcrconsole.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * Stock on its way from one site to another. The sender drafts and sends it (the goods leave the
 * sender's ledger and are in transit, visible to both sites); the receiver receives it (the goods
 * enter the receiver's ledger, shortfalls written off with a reason). A draft may be cancelled.
 */
@Entity
@Table(name = "stock_transfer")
public class TransferOrder extends AbstractEntity {

    public static final int NOTE_MAX = 200;
    public static final String SORT_CREATED = "createdAt";

    @Column(name = "from_site_id", nullable = false, updatable = false)
    private long fromSiteId;

    @Column(name = "to_site_id", nullable = false, updatable = false)
    private long toSiteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TransferStatus status = TransferStatus.DRAFT;

    private @Nullable String note;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "sent_by")
    private @Nullable String sentBy;

    @Column(name = "received_at")
    private @Nullable Instant receivedAt;

    @Column(name = "received_by")
    private @Nullable String receivedBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "transfer_id", nullable = false, updatable = false)
    @OrderBy("lineNo")
    private List<TransferLine> lines = new ArrayList<>();

    protected TransferOrder() {
    }

    TransferOrder(long fromSiteId, long toSiteId, @Nullable String note) {
        this.fromSiteId = fromSiteId;
        this.toSiteId = toSiteId;
        this.note = note;
    }

    void sent(Instant at, String by) {
        this.status = TransferStatus.SENT;
        this.sentAt = at;
        this.sentBy = by;
    }

    void received(Instant at, String by) {
        this.status = TransferStatus.RECEIVED;
        this.receivedAt = at;
        this.receivedBy = by;
    }

    void cancelled() {
        this.status = TransferStatus.CANCELLED;
    }

    List<TransferLine> lines() {
        return lines;
    }

    public long getFromSiteId() {
        return fromSiteId;
    }

    public long getToSiteId() {
        return toSiteId;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public @Nullable String getNote() {
        return note;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }

    public @Nullable String getSentBy() {
        return sentBy;
    }

    public @Nullable Instant getReceivedAt() {
        return receivedAt;
    }

    public @Nullable String getReceivedBy() {
        return receivedBy;
    }
}
