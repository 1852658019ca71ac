package org.dcrconsole.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.supply.SuppliesHandedOut;
import org.dcrconsole.base.supply.Supply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.dcrconsole.site.SiteService;

@DcrSpringBootTest
class LedgerTest {

    @Autowired StockService stock;
    @Autowired SiteService siteService;
    @Autowired StockMovementRepository movements;
    @Autowired StockBalanceRepository balances;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    StockFixture fixture;
    long site;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixture = new StockFixture(siteService, stock);
        site = fixture.newSite("Ledger");
        StockFixture.keeper(site);
        today = LocalDate.now(siteService.site(site).zone());
    }

    @AfterEach
    void tearDown() {
        TestUsers.signOut();
    }

    private int onHand(long itemId) {
        return stock.stockList(site, StockFilter.ALL).stream().filter(r -> r.itemId() == itemId)
                .findFirst().orElseThrow().onHand();
    }

    private int rows(long itemId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM stock_movement WHERE item_id = ?", Integer.class, itemId);
    }

    private void assertBalanceEqualsLedger(long itemId) {
        Integer ledger = jdbc.queryForObject("SELECT COALESCE(SUM(quantity), 0) FROM stock_movement WHERE item_id = ?",
                Integer.class, itemId);
        Integer balance = jdbc.queryForObject("SELECT COALESCE(SUM(quantity), 0) FROM stock_balance WHERE item_id = ?",
                Integer.class, itemId);
        assertThat(balance).isEqualTo(ledger);
        // per lot as well
        Integer mismatches = jdbc.queryForObject("""
                SELECT COUNT(*) FROM stock_balance b WHERE b.item_id = ? AND b.quantity <> (
                  SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movement m
                  WHERE m.item_id = b.item_id AND COALESCE(m.lot_id, 0) = b.lot_key)""", Integer.class, itemId);
        assertThat(mismatches).isZero();
    }

    @Test
    void receipt_use_waste_and_adjustments_move_stock_by_their_signed_quantity() {
        Item swabs = fixture.simpleItem(site, "Alcohol swab");
        stock.record(site, MovementRequest.of(swabs.getId(), MovementKind.RECEIPT, 100));
        stock.record(site, MovementRequest.of(swabs.getId(), MovementKind.USE, 7));
        stock.record(site, MovementRequest.of(swabs.getId(), MovementKind.WASTE, 3).because("torn packs"));
        stock.record(site, MovementRequest.of(swabs.getId(), MovementKind.ADJUSTMENT, 5).because("found a box"));
        stock.record(site, MovementRequest.of(swabs.getId(), MovementKind.ADJUSTMENT, -2).because("miscount"));

        assertThat(onHand(swabs.getId())).isEqualTo(93);
        assertThat(movements.findByItemIdAndSiteId(swabs.getId(), site, PageRequest.of(0, 10)).getContent())
                .extracting(StockMovement::getKind, StockMovement::getQuantity)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(MovementKind.RECEIPT, 100),
                        org.assertj.core.groups.Tuple.tuple(MovementKind.USE, -7),
                        org.assertj.core.groups.Tuple.tuple(MovementKind.WASTE, -3),
                        org.assertj.core.groups.Tuple.tuple(MovementKind.ADJUSTMENT, 5),
                        org.assertj.core.groups.Tuple.tuple(MovementKind.ADJUSTMENT, -2));
        assertBalanceEqualsLedger(swabs.getId());
    }

    @Test
    void a_movement_below_zero_is_refused_naming_the_item_and_what_is_available_and_writes_nothing() {
        Item foil = fixture.simpleItem(site, "Foil sheet");
        stock.record(site, MovementRequest.of(foil.getId(), MovementKind.RECEIPT, 4));
        int before = rows(foil.getId());

        assertThatThrownBy(() -> stock.record(site, MovementRequest.of(foil.getId(), MovementKind.USE, 5)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("movement.error.insufficient");
                    assertThat(e.args()).containsExactly("Foil sheet", 4);
                });
        assertThatThrownBy(() -> stock.record(site,
                MovementRequest.of(foil.getId(), MovementKind.ADJUSTMENT, -5).because("count")))
                .isInstanceOf(BusinessException.class);

        assertThat(rows(foil.getId())).isEqualTo(before);
        assertThat(onHand(foil.getId())).isEqualTo(4);
    }

    @Test
    void an_adjustment_needs_a_reason() {
        Item foil = fixture.simpleItem(site, "Foil");
        assertThatThrownBy(() -> stock.record(site, MovementRequest.of(foil.getId(), MovementKind.ADJUSTMENT, 3)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("movement.error.reasonRequired"));
        assertThat(rows(foil.getId())).isZero();
    }

    @Test
    void dispense_takes_the_earliest_expiring_lot_first_skips_expired_lots_and_splits() {
        Item kits = fixture.item(site, "Naloxone nasal", true, Supply.STERILE_WATER, null, 1, 0, 10, 7);
        stock.record(site, MovementRequest.of(kits.getId(), MovementKind.RECEIPT, 5).withLot("LATE", today.plusDays(300)));
        stock.record(site, MovementRequest.of(kits.getId(), MovementKind.RECEIPT, 3).withLot("EARLY", today.plusDays(30)));
        stock.record(site, MovementRequest.of(kits.getId(), MovementKind.RECEIPT, 4).withLot("MID", today.plusDays(90)));
        // an expired lot that must never be handed out
        tx.executeWithoutResult(s -> {
            jdbc.update("UPDATE stock_lot SET expiry_date = ? WHERE item_id = ? AND lot_number = 'MID'",
                    today.minusDays(1), kits.getId());
        });

        tx.executeWithoutResult(s -> events.publishEvent(new SuppliesHandedOut(site, 4711L,
                java.time.Instant.now(), Map.of(Supply.STERILE_WATER, 5))));

        assertThat(stock.lots(site, kits.getId())).extracting(LotStock::lotNumber, LotStock::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MID", 4),
                        org.assertj.core.groups.Tuple.tuple("LATE", 3));
        List<StockMovement> dispensed = movements.findBySiteIdAndVisitId(site, 4711L);
        assertThat(dispensed).extracting(StockMovement::getKind).containsOnly(MovementKind.DISPENSE);
        assertThat(dispensed).extracting(StockMovement::getQuantity).containsExactlyInAnyOrder(-3, -2);
        assertBalanceEqualsLedger(kits.getId());
    }

    @Test
    void a_stock_count_posts_the_differences_as_adjustments() {
        Item cookers = fixture.simpleItem(site, "Cooker");
        Item filters = fixture.simpleItem(site, "Filter");
        Item water = fixture.simpleItem(site, "Water");
        stock.record(site, MovementRequest.of(cookers.getId(), MovementKind.RECEIPT, 50));
        stock.record(site, MovementRequest.of(filters.getId(), MovementKind.RECEIPT, 20));
        stock.record(site, MovementRequest.of(water.getId(), MovementKind.RECEIPT, 10));

        StockCount count = stock.postCount(site, List.of(new CountEntry(cookers.getId(), null, 47),
                new CountEntry(filters.getId(), null, 22), new CountEntry(water.getId(), null, 10)), "Monthly");

        assertThat(onHand(cookers.getId())).isEqualTo(47);
        assertThat(onHand(filters.getId())).isEqualTo(22);
        assertThat(onHand(water.getId())).isEqualTo(10);
        assertThat(count.getLines()).extracting(StockCount.Line::getExpected, StockCount.Line::getCounted)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(50, 47),
                        org.assertj.core.groups.Tuple.tuple(20, 22), org.assertj.core.groups.Tuple.tuple(10, 10));
        assertThat(jdbc.queryForList("SELECT quantity FROM stock_movement WHERE kind = 'ADJUSTMENT' AND item_id IN (?, ?, ?)",
                Integer.class, cookers.getId(), filters.getId(), water.getId())).containsExactlyInAnyOrder(-3, 2);
        assertBalanceEqualsLedger(cookers.getId());
        assertBalanceEqualsLedger(filters.getId());
    }

    @Test
    void expired_lots_are_listed_and_written_off_in_one_step() {
        Item kits = fixture.item(site, "Naloxone", true, null, null, 1, 0, 10, 7);
        stock.record(site, MovementRequest.of(kits.getId(), MovementKind.RECEIPT, 5).withLot("OLD", today.plusDays(10)));
        stock.record(site, MovementRequest.of(kits.getId(), MovementKind.RECEIPT, 5).withLot("NEW", today.plusDays(400)));
        tx.executeWithoutResult(s -> jdbc.update("UPDATE stock_lot SET expiry_date = ? WHERE item_id = ? AND lot_number = 'OLD'",
                today.minusDays(2), kits.getId()));

        assertThat(stock.expiringLots(site)).extracting(LotStock::lotNumber, LotStock::expired)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OLD", true));
        assertThat(stock.alerts(site).naloxoneExpiring()).hasSize(1);

        assertThat(stock.writeOffExpired(site)).isEqualTo(5);
        assertThat(stock.lots(site, kits.getId())).extracting(LotStock::lotNumber).containsExactly("NEW");
        assertThat(stock.expiringLots(site)).isEmpty();
        assertBalanceEqualsLedger(kits.getId());
    }

    @Test
    void a_lot_number_cannot_come_back_with_another_expiry_date() {
        Item kits = fixture.item(site, "Naloxone IM", true, null, null, 1, 0, 10, 7);
        stock.record(site, MovementRequest.of(kits.getId(), MovementKind.RECEIPT, 5).withLot("A1", today.plusDays(100)));
        assertThatThrownBy(() -> stock.record(site,
                MovementRequest.of(kits.getId(), MovementKind.RECEIPT, 5).withLot("A1", today.plusDays(200))))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("lot.error.expiryMismatch"));
        assertThatThrownBy(() -> stock.record(site, MovementRequest.of(kits.getId(), MovementKind.RECEIPT, 5)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("lot.error.numberRequired"));
    }

    @Test
    void dashboard_figures_count_items_out_and_low_and_sum_movements_by_kind() {
        Item a = fixture.item(site, "A", false, null, null, 1, 10, 20, 7);
        Item b = fixture.item(site, "B", false, null, null, 1, 10, 20, 7);
        fixture.item(site, "C", false, null, null, 1, 10, 20, 7);
        stock.record(site, MovementRequest.of(a.getId(), MovementKind.RECEIPT, 50));
        stock.record(site, MovementRequest.of(b.getId(), MovementKind.RECEIPT, 8));
        stock.record(site, MovementRequest.of(a.getId(), MovementKind.USE, 5));

        StockAlerts alerts = stock.alerts(site);
        assertThat(alerts.outOfStock()).isEqualTo(1);
        assertThat(alerts.atOrUnderReorderPoint()).isEqualTo(2);
        Map<MovementKind, Long> totals = stock.movementTotals(site, java.time.Instant.now().minusSeconds(3600),
                java.time.Instant.now().plusSeconds(60));
        assertThat(totals.get(MovementKind.RECEIPT)).isEqualTo(58);
        assertThat(totals.get(MovementKind.USE)).isEqualTo(-5);
        assertThat(totals.get(MovementKind.DISPENSE)).isZero();
    }
}
