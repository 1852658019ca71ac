package org.dcrconsole.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The current quantity of an item (and lot) at a site: the running sum of the ledger, changed
 * only by {@link Ledger} in the same transaction as the movement. A CHECK keeps it non-negative.
 */
@Entity
@Table(name = "stock_balance")
class StockBalance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private long siteId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "lot_id", updatable = false)
    private @Nullable Long lotId;

    @Column(name = "lot_key", nullable = false, updatable = false)
    private long lotKey;

    @Column(nullable = false)
    private int quantity;

    protected StockBalance() {
    }

    StockBalance(long siteId, long itemId, @Nullable Long lotId) {
        this.siteId = siteId;
        this.itemId = itemId;
        this.lotId = lotId;
        this.lotKey = key(lotId);
    }

    static long key(@Nullable Long lotId) {
        return lotId == null ? 0L : lotId;
    }

    @Nullable Long getId() {
        return id;
    }

    long getSiteId() {
        return siteId;
    }

    long getItemId() {
        return itemId;
    }

    long getLotKey() {
        return lotKey;
    }

    @Nullable Long getLotId() {
        return lotId;
    }

    int getQuantity() {
        return quantity;
    }

    void add(int delta) {
        this.quantity += delta;
    }
}
