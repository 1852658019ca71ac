package org.dcrconsole.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.stock.ReorderLine;
import org.dcrconsole.stock.ReorderService;
import org.dcrconsole.stock.StockAlerts;
import org.dcrconsole.stock.StockService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo stock: consistent with its ledger, never negative, and with something on every stock screen. */
@DcrSpringBootTest
class StockDemoDataTest {

    @Autowired StockDemoData step;
    @Autowired SiteService siteService;
    @Autowired StockService stock;
    @Autowired ReorderService reorder;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private long site(String name) throws Exception {
        return TestUsers.as(TestUsers.user("demo-admin", List.of(), Role.ADMIN), () -> {
            Site s = new Site();
            s.setName(name + " " + System.nanoTime());
            s.setCity("Frankfurt am Main");
            return siteService.saveSite(s).getId();
        });
    }

    @Test
    void demo_stock_is_consistent_never_negative_and_shows_low_items_orders_and_a_naloxone_lot_near_expiry()
            throws Exception {
        long central = site("Demo central");
        long riverside = site("Demo riverside");
        DemoContext context = new DemoContext(new DemoProperties(false, 20261129L, 90, 1.0), clock);
        context.siteIds().put(DemoContext.CENTRAL, central);
        context.siteIds().put(DemoContext.RIVERSIDE, riverside);

        tx.executeWithoutResult(status -> {
            SystemUser.runAs(List.of(central, riverside), () -> {
                step.run(context);

                Integer mismatches = jdbc.queryForObject("""
                        SELECT COUNT(*) FROM stock_balance b WHERE b.site_id IN (?, ?) AND b.quantity <> (
                          SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movement m
                          WHERE m.item_id = b.item_id AND COALESCE(m.lot_id, 0) = b.lot_key)""",
                        Integer.class, central, riverside);
                assertThat(mismatches).isZero();
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_movement WHERE site_id = ? AND kind = 'DISPENSE'",
                        Integer.class, central)).isGreaterThan(10 * 80);
                assertThat(jdbc.queryForList("SELECT DISTINCT status FROM stock_purchase_order WHERE site_id = ?",
                        String.class, central)).contains("RECEIVED", "ORDERED", "DRAFT");

                StockAlerts alerts = stock.alerts(central);
                assertThat(alerts.atOrUnderReorderPoint()).isGreaterThanOrEqualTo(1);
                assertThat(alerts.naloxoneExpiring()).isNotEmpty();
                assertThat(stock.alerts(riverside).atOrUnderReorderPoint()).isGreaterThanOrEqualTo(1);
                List<ReorderLine> lines = reorder.reorderList(central);
                assertThat(lines).extracting(ReorderLine::itemName).contains("Glass pipe");
                assertThat(lines).allSatisfy(l -> assertThat(l.onHand()).isNotNegative());
                // daily dispense of 1 ml syringes at Central is about 200 episodes × 0.30
                ReorderLine any = lines.stream().filter(l -> l.itemName().equals("Glass pipe")).findFirst().orElseThrow();
                assertThat(any.averageDailyUse()).isBetween(15.0, 35.0);
            });
            status.setRollbackOnly();
        });
    }
}
