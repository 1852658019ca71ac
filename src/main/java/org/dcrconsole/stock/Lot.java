package org.dcrconsole.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.dcrconsole.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A manufacturer's lot of an item at a site, with its expiry date (dispense takes the earliest first). */
@Entity
@Table(name = "stock_lot")
public class Lot extends AbstractEntity {

    public static final int NUMBER_MAX = 50;

    @Column(name = "site_id", nullable = false, updatable = false)
    private long siteId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "lot_number", nullable = false, updatable = false)
    private String lotNumber = "";

    @Column(name = "expiry_date", nullable = false)
    private LocalDate expiryDate = LocalDate.MAX;

    protected Lot() {
    }

    Lot(long siteId, long itemId, String lotNumber, LocalDate expiryDate) {
        this.siteId = siteId;
        this.itemId = itemId;
        this.lotNumber = lotNumber;
        this.expiryDate = expiryDate;
    }

    public long getSiteId() {
        return siteId;
    }

    public long getItemId() {
        return itemId;
    }

    public String getLotNumber() {
        return lotNumber;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    /** Expired on {@code day}: its expiry date lies before that day. */
    public boolean expiredOn(LocalDate day) {
        return expiryDate.isBefore(day);
    }

    @Override
    public String toString() {
        return "Lot{" + lotNumber + ", expires " + expiryDate + ", id=" + getId() + "}";
    }

    static @Nullable Long idOf(@Nullable Lot lot) {
        return lot == null ? null : lot.getId();
    }
}
