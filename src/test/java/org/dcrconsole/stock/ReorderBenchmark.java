package org.dcrconsole.stock;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the reorder list takes for 200 items with a year of movements (five dispense rows per
 * item and day, about 365,000 rows). A measurement, not a timed test: run with
 * {@code mvn test -Dtest=ReorderBenchmark -Dtest.excludedGroups=none}.
 */
@DcrSpringBootTest
@Tag("benchmark")
class ReorderBenchmark {

    @Autowired StockService stock;
    @Autowired ReorderService reorder;
    @Autowired SiteService siteService;
    @Autowired JdbcTemplate jdbc;

    @Test
    void reorder_list_for_200_items_with_a_year_of_movements() {
        StockFixture fixture = new StockFixture(siteService, stock);
        long site = fixture.newSite("Benchmark");
        StockFixture.keeper(site);
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            items.add(fixture.item(site, "Item " + i, false, null, null, 10, 95_000, 120_000, 7).getId());
        }
        Random random = new Random(1);
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        long start = System.nanoTime();
        for (long itemId : items) {
            rows.add(new Object[] {site, itemId, "RECEIPT", 100_000, OffsetDateTime.ofInstant(now.minus(366, ChronoUnit.DAYS), ZoneOffset.UTC)});
            for (int d = 365; d >= 1; d--) {
                for (int k = 0; k < 5; k++) {
                    rows.add(new Object[] {site, itemId, "DISPENSE", -(1 + random.nextInt(10)),
                            OffsetDateTime.ofInstant(now.minus(d, ChronoUnit.DAYS).plusSeconds(k * 3600L), ZoneOffset.UTC)});
                }
            }
            if (rows.size() > 20_000) {
                flush(rows);
            }
        }
        flush(rows);
        jdbc.update("INSERT INTO stock_balance (site_id, item_id, lot_id, lot_key, quantity) SELECT site_id, item_id, "
                + "lot_id, COALESCE(lot_id, 0), SUM(quantity) FROM stock_movement WHERE site_id = ? GROUP BY site_id, item_id, lot_id",
                site);
        System.out.printf("seeded %d movements in %d ms%n", jdbc.queryForObject(
                "SELECT COUNT(*) FROM stock_movement WHERE site_id = ?", Long.class, site), (System.nanoTime() - start) / 1_000_000);
        for (int run = 1; run <= 5; run++) {
            long t = System.nanoTime();
            int lines = reorder.reorderList(site).size();
            long reorderMs = (System.nanoTime() - t) / 1_000_000;
            t = System.nanoTime();
            int stockRows = stock.stockList(site, StockFilter.ALL).size();
            System.out.printf("run %d: reorder list %d lines in %d ms; stock list %d rows in %d ms%n", run, lines,
                    reorderMs, stockRows, (System.nanoTime() - t) / 1_000_000);
        }
        TestUsers.signOut();
    }

    private void flush(List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO stock_movement (site_id, item_id, kind, quantity, occurred_at, recorded_at, recorded_by) "
                + "VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP, 'bench')", rows);
        rows.clear();
    }
}
