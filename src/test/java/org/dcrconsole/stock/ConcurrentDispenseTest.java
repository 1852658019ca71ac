package org.dcrconsole.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.supply.SuppliesHandedOut;
import org.dcrconsole.base.supply.Supply;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Many check-ins and adjustments at once never drive stock negative nor lose a movement. */
@DcrSpringBootTest
@Tag("db")
class ConcurrentDispenseTest {

    private static final int THREADS = 50;
    private static final int UNITS = 10;
    /**
     * Desks at once: below the test pool's 10 connections. Every check-in now commits (a shortfall
     * is a discrepancy, not a quick refusal), so 50 threads queueing on one item's lock starved the
     * pool's 2-second wait on a loaded machine.
     */
    private static final int DESKS = 8;

    @Autowired StockService stock;
    @Autowired SiteService siteService;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void fifty_check_ins_dispensing_the_last_ten_units_dispense_exactly_ten_and_book_forty_as_discrepancies() throws Exception {
        StockFixture fixture = new StockFixture(siteService, stock);
        long site = fixture.newSite("Concurrency");
        StockFixture.keeper(site);
        Item syringes = fixture.item(site, "Syringe 1 ml", false, Supply.SYRINGE_1ML, null, 1, 0, 10, 7);
        stock.record(site, MovementRequest.of(syringes.getId(), MovementKind.RECEIPT, UNITS));
        SignedInUser staff = TestUsers.user("concurrent-staff", List.of(site), Role.STAFF);
        TestUsers.signOut();

        ExecutorService pool = Executors.newFixedThreadPool(DESKS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            long visit = 900_000L + i;
            results.add(pool.submit(() -> TestUsers.as(staff, () -> {
                start.await();
                try {
                    tx.executeWithoutResult(s -> events.publishEvent(
                            new SuppliesHandedOut(site, visit, Instant.now(), Map.of(Supply.SYRINGE_1ML, 1))));
                    return true;
                } catch (BusinessException refused) {
                    return false;
                }
            })));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<Boolean> f : results) {
            if (f.get(60, TimeUnit.SECONDS)) {
                succeeded++;
            }
        }
        pool.shutdown();

        assertThat(succeeded).as("stock never refuses a check-in").isEqualTo(THREADS);
        assertThat(jdbc.queryForObject("SELECT COALESCE(SUM(quantity), 0) FROM stock_discrepancy WHERE item_id = ? "
                + "AND resolved_at IS NULL", Integer.class, syringes.getId())).isEqualTo(THREADS - UNITS);
        assertThat(jdbc.queryForObject("SELECT SUM(quantity) FROM stock_movement WHERE item_id = ?", Integer.class,
                syringes.getId())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_movement WHERE item_id = ? AND kind = 'DISPENSE'",
                Integer.class, syringes.getId())).isEqualTo(UNITS);
        assertThat(jdbc.queryForObject("SELECT quantity FROM stock_balance WHERE item_id = ?", Integer.class,
                syringes.getId())).isZero();
    }

    @Test
    void concurrent_adjustments_up_and_down_lose_no_movement() throws Exception {
        StockFixture fixture = new StockFixture(siteService, stock);
        long site = fixture.newSite("Concurrency adj");
        SignedInUser keeper = StockFixture.keeper(site);
        Item gloves = fixture.simpleItem(site, "Gloves");
        stock.record(site, MovementRequest.of(gloves.getId(), MovementKind.RECEIPT, 100));

        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int delta = i % 2 == 0 ? 3 : -2;
            results.add(pool.submit(() -> TestUsers.as(keeper, () -> {
                start.await();
                stock.record(site, MovementRequest.of(gloves.getId(), MovementKind.ADJUSTMENT, delta).because("test"));
                return null;
            })));
        }
        start.countDown();
        for (Future<?> f : results) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(jdbc.queryForObject("SELECT quantity FROM stock_balance WHERE item_id = ?", Integer.class,
                gloves.getId())).isEqualTo(100 + 20 * 3 - 20 * 2);
        assertThat(jdbc.queryForObject("SELECT SUM(quantity) FROM stock_movement WHERE item_id = ?", Integer.class,
                gloves.getId())).isEqualTo(120);
    }
}
