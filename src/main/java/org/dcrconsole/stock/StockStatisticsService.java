package org.dcrconsole.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dcrconsole.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only stock figures for the dashboard: what is out or running low now (from the current
 * balances) and what moved in a span (from the ledger, by its index on (site_id, occurred_at)).
 */
@Service
public class StockStatisticsService {

    /**
     * The store right now.
     *
     * @param outOfStock          active items with nothing on hand
     * @param atOrUnderReorder    active items with on-hand at or under their reorder point (includes out of stock)
     * @param naloxoneLotsExpiring naloxone lots with stock that expire within the site's warning window
     * @param expiredLots         lots with stock past their expiry date
     */
    public record StockNow(long outOfStock, long atOrUnderReorder, long naloxoneLotsExpiring, long expiredLots) {
    }

    private final JdbcTemplate jdbc;

    StockStatisticsService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Out-of-stock and low items and expiring lots of a site on the site's day {@code today}. */
    @PreAuthorize("hasAnyRole('STOCK_KEEPER','SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public StockNow now(long siteId, LocalDate today) {
        CurrentUser.requireSite(siteId);
        long[] items = jdbc.queryForObject("SELECT COUNT(CASE WHEN on_hand <= 0 THEN 1 END), "
                + "COUNT(CASE WHEN on_hand <= reorder_point THEN 1 END) FROM (SELECT i.id, i.reorder_point, "
                + "COALESCE((SELECT SUM(b.quantity) FROM stock_balance b WHERE b.item_id = i.id), 0) AS on_hand "
                + "FROM stock_item i WHERE i.site_id = ? AND i.active) x",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, siteId);
        Integer warningDays = jdbc.queryForObject("SELECT expiry_warning_days FROM site WHERE id = ?", Integer.class, siteId);
        LocalDate horizon = today.plusDays(warningDays == null ? 0 : warningDays);
        Long expiring = jdbc.queryForObject("SELECT COUNT(*) FROM stock_lot l JOIN stock_item i ON i.id = l.item_id "
                + "WHERE l.site_id = ? AND i.category = 'NALOXONE' AND l.expiry_date >= ? AND l.expiry_date <= ? "
                + "AND EXISTS (SELECT 1 FROM stock_balance b WHERE b.lot_id = l.id AND b.quantity > 0)",
                Long.class, siteId, today, horizon);
        Long expired = jdbc.queryForObject("SELECT COUNT(*) FROM stock_lot l WHERE l.site_id = ? AND l.expiry_date < ? "
                + "AND EXISTS (SELECT 1 FROM stock_balance b WHERE b.lot_id = l.id AND b.quantity > 0)",
                Long.class, siteId, today);
        return new StockNow(items[0], items[1], expiring == null ? 0 : expiring, expired == null ? 0 : expired);
    }

    /** Units moved in [from, to) by movement kind (enum name), as positive numbers. */
    @PreAuthorize("hasAnyRole('STOCK_KEEPER','SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public Map<String, Long> movements(long siteId, Instant from, Instant to) {
        CurrentUser.requireSite(siteId);
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.query("SELECT kind, SUM(ABS(quantity)) FROM stock_movement WHERE site_id = ? AND occurred_at >= ? "
                + "AND occurred_at < ? GROUP BY kind", rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                }, siteId, OffsetDateTime.ofInstant(from, ZoneOffset.UTC), OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        return out;
    }
}
