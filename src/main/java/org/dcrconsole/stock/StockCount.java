package org.dcrconsole.stock;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dcrconsole.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A cycle count: what the ledger expected and what was counted; differences were posted as adjustments. */
@Entity
@Table(name = "stock_count")
public class StockCount extends AbstractEntity {

    public static final int NOTE_MAX = 200;

    @Column(name = "site_id", nullable = false, updatable = false)
    private long siteId;

    @Column(name = "counted_at", nullable = false)
    private Instant countedAt = Instant.EPOCH;

    private @Nullable String note;

    @ElementCollection
    @CollectionTable(name = "stock_count_line", joinColumns = @JoinColumn(name = "count_id"))
    @OrderColumn(name = "line_no")
    private List<Line> lines = new ArrayList<>();

    protected StockCount() {
    }

    StockCount(long siteId, Instant countedAt, @Nullable String note) {
        this.siteId = siteId;
        this.countedAt = countedAt;
        this.note = note;
    }

    public long getSiteId() {
        return siteId;
    }

    public Instant getCountedAt() {
        return countedAt;
    }

    public @Nullable String getNote() {
        return note;
    }

    public List<Line> getLines() {
        return List.copyOf(lines);
    }

    void addLine(Line line) {
        lines.add(line);
    }

    /** One counted item (and lot). */
    @Embeddable
    public static class Line {

        @Column(name = "item_id", nullable = false)
        private long itemId;

        @Column(name = "lot_id")
        private @Nullable Long lotId;

        @Column(nullable = false)
        private int expected;

        @Column(nullable = false)
        private int counted;

        protected Line() {
        }

        Line(long itemId, @Nullable Long lotId, int expected, int counted) {
            this.itemId = itemId;
            this.lotId = lotId;
            this.expected = expected;
            this.counted = counted;
        }

        public long getItemId() {
            return itemId;
        }

        public @Nullable Long getLotId() {
            return lotId;
        }

        public int getExpected() {
            return expected;
        }

        public int getCounted() {
            return counted;
        }
    }
}
