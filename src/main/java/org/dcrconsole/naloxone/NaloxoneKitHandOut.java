package org.dcrconsole.naloxone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.dcrconsole.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * A take-home kit handed to a client: the stock item and the lot taken (kept as they were, so the
 * kit's expiry stays readable), and whether the client already had one (a refill).
 */
@Entity
@Table(name = "naloxone_kit")
public class NaloxoneKitHandOut extends AbstractEntity {

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Column(name = "handed_out_at", nullable = false, updatable = false)
    private Instant handedOutAt;

    @Column(name = "handed_out_by", nullable = false, updatable = false)
    private String handedOutBy;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(name = "item_name", nullable = false, updatable = false)
    private String itemName;

    @Column(name = "lot_id", updatable = false)
    private @Nullable Long lotId;

    @Column(name = "lot_number", updatable = false)
    private @Nullable String lotNumber;

    @Column(name = "expiry_date", updatable = false)
    private @Nullable LocalDate expiryDate;

    @Column(nullable = false, updatable = false)
    private boolean refill;

    protected NaloxoneKitHandOut() {
    }

    NaloxoneKitHandOut(long siteId, long clientId, Instant handedOutAt, String handedOutBy, long itemId, String itemName,
                       @Nullable Long lotId, @Nullable String lotNumber, @Nullable LocalDate expiryDate, boolean refill) {
        this.siteId = siteId;
        this.clientId = clientId;
        this.handedOutAt = handedOutAt;
        this.handedOutBy = handedOutBy;
        this.itemId = itemId;
        this.itemName = itemName;
        this.lotId = lotId;
        this.lotNumber = lotNumber;
        this.expiryDate = expiryDate;
        this.refill = refill;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getClientId() {
        return clientId;
    }

    public Instant getHandedOutAt() {
        return handedOutAt;
    }

    public String getHandedOutBy() {
        return handedOutBy;
    }

    public Long getItemId() {
        return itemId;
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

    public boolean isRefill() {
        return refill;
    }
}
