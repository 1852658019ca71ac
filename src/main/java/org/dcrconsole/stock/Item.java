package org.dcrconsole.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.dcrconsole.base.AbstractEntity;
import org.dcrconsole.base.supply.Supply;
import org.dcrconsole.base.validation.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * A stock item as one site keeps it: its pack size, supplier and the levels that drive
 * reordering. Stock itself is not a field here: it is the sum of the ledger.
 */
@Entity
@Table(name = "stock_item")
public class Item extends AbstractEntity {

    public static final int NAME_MAX = 100;
    public static final int LEVEL_MAX = 1_000_000;
    public static final int LEAD_TIME_MAX = 365;
    public static final int CODE_MAX = 100;

    @Column(name = "site_id", nullable = false, updatable = false)
    private @Nullable Long siteId;

    @NotBlank
    @Size(max = NAME_MAX)
    @PlainText
    private String name = "";

    /**
     * Links this item to the same item at other sites (unique per site, shared across sites):
     * transfers match items by this code, never by name. Empty: the item is not transferred.
     */
    @Size(max = CODE_MAX)
    @PlainText
    private @Nullable String code;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ItemCategory category = ItemCategory.INJECTION;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ItemUnit unit = ItemUnit.PIECE;

    @Min(1) @Max(LEVEL_MAX)
    @Column(name = "pack_size")
    private int packSize = 1;

    @Column(name = "supplier_id")
    private @Nullable Long supplierId;

    @Min(0) @Max(LEVEL_MAX)
    @Column(name = "reorder_point")
    private int reorderPoint;

    @Min(0) @Max(LEVEL_MAX)
    @Column(name = "target_level")
    private int targetLevel;

    @Min(0) @Max(LEAD_TIME_MAX)
    @Column(name = "lead_time_days")
    private int leadTimeDays = 7;

    @Column(name = "lot_tracked")
    private boolean lotTracked;

    @Enumerated(EnumType.STRING)
    private @Nullable Supply supply;

    private boolean active = true;

    public @Nullable Long getSiteId() {
        return siteId;
    }

    public void setSiteId(@Nullable Long siteId) {
        this.siteId = siteId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

    /** The code as stored: trimmed, upper case, inner blanks as dashes; empty text is no code. */
    public static @Nullable String normaliseCode(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return code.strip().replaceAll("\\s+", "-").toUpperCase(java.util.Locale.ROOT);
    }

    public ItemCategory getCategory() {
        return category;
    }

    public void setCategory(ItemCategory category) {
        this.category = category;
    }

    public ItemUnit getUnit() {
        return unit;
    }

    public void setUnit(ItemUnit unit) {
        this.unit = unit;
    }

    public int getPackSize() {
        return packSize;
    }

    public void setPackSize(int packSize) {
        this.packSize = packSize;
    }

    public @Nullable Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(@Nullable Long supplierId) {
        this.supplierId = supplierId;
    }

    public int getReorderPoint() {
        return reorderPoint;
    }

    public void setReorderPoint(int reorderPoint) {
        this.reorderPoint = reorderPoint;
    }

    public int getTargetLevel() {
        return targetLevel;
    }

    public void setTargetLevel(int targetLevel) {
        this.targetLevel = targetLevel;
    }

    public int getLeadTimeDays() {
        return leadTimeDays;
    }

    public void setLeadTimeDays(int leadTimeDays) {
        this.leadTimeDays = leadTimeDays;
    }

    public boolean isLotTracked() {
        return lotTracked;
    }

    public void setLotTracked(boolean lotTracked) {
        this.lotTracked = lotTracked;
    }

    public @Nullable Supply getSupply() {
        return supply;
    }

    public void setSupply(@Nullable Supply supply) {
        this.supply = supply;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
