package org.dcrconsole.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The reorder list on a ledger history built with known answers. */
@DcrSpringBootTest
class ReorderServiceTest {

    @Autowired StockService stock;
    @Autowired ReorderService reorder;
    @Autowired PurchaseOrderService purchaseOrders;
    @Autowired SiteService siteService;
    @Autowired Clock clock;
    @Autowired TransferService transfers;

    StockFixture fixture;
    long site;
    ZoneId zone;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixture = new StockFixture(siteService, stock);
        site = fixture.newSite("Reorder");
        StockFixture.keeper(site);
        zone = siteService.site(site).zone();
        today = LocalDate.now(clock.withZone(zone));
    }

    @AfterEach
    void tearDown() {
        TestUsers.signOut();
    }

    /** Receives {@code stock} units 40 days ago, then uses {@code perDay} on each of the last 28 days. */
    private Item withHistory(String name, Long supplierId, int stockUnits, int perDay, int reorderPoint, int target,
                             int pack, int lead) {
        Item item = fixture.item(site, name, false, null, supplierId, pack, reorderPoint, target, lead);
        stock.record(site, MovementRequest.of(item.getId(), MovementKind.RECEIPT, stockUnits)
                .at(today.minusDays(40).atTime(10, 0).atZone(zone).toInstant()));
        for (int d = 1; d <= 28 && perDay > 0; d++) {
            stock.record(site, MovementRequest.of(item.getId(), MovementKind.USE, perDay)
                    .at(today.minusDays(d).atTime(12, 0).atZone(zone).toInstant()));
        }
        return item;
    }

    @Test
    void lists_items_under_their_reorder_point_or_falling_to_it_within_lead_time_with_known_figures() {
        Supplier supplier = fixture.supplier();
        // 300 - 28 × 10 = 20 on hand, under the reorder point of 50
        Item under = withHistory("Under", supplier.getId(), 300, 10, 50, 500, 100, 7);
        // 380 - 280 = 100 on hand; 7 days of lead time at 10 a day leaves 30 ≤ 50
        Item soon = withHistory("Soon", supplier.getId(), 380, 10, 50, 500, 100, 7);
        // 480 - 280 = 200 on hand; after 7 days 130 > 50
        withHistory("Fine", supplier.getId(), 480, 10, 50, 500, 100, 7);
        // nothing used, well stocked
        withHistory("Idle", supplier.getId(), 100, 0, 50, 500, 100, 7);

        List<ReorderLine> lines = reorder.reorderList(site);

        assertThat(lines).extracting(ReorderLine::itemName).containsExactly("Under", "Soon");
        ReorderLine u = lines.getFirst();
        assertThat(u.onHand()).isEqualTo(20);
        assertThat(u.averageDailyUse()).isCloseTo(10.0, within(1e-9));
        // the weekday profile over 8 weeks is 5 a day; the larger estimate, 10, wins
        assertThat(u.forecastDailyUse()).isCloseTo(10.0, within(1e-9));
        assertThat(u.daysOfCover()).isCloseTo(2.0, within(1e-9));
        // 20 → 10 today → 0 tomorrow → short the day after
        assertThat(u.stockOutDate()).isEqualTo(today.plusDays(2));
        // 500 - 20 = 480 → 5 packs of 100
        assertThat(u.suggestedQuantity()).isEqualTo(500);
        assertThat(u.suggestedPacks()).isEqualTo(5);
        ReorderLine s = lines.get(1);
        assertThat(s.onHand()).isEqualTo(100);
        assertThat(s.stockOutDate()).isEqualTo(today.plusDays(10));
        assertThat(s.suggestedQuantity()).isEqualTo(400);
        assertThat(s.itemId()).isEqualTo(soon.getId());
        assertThat(under.getId()).isEqualTo(u.itemId());
    }

    @Test
    void what_is_on_order_reduces_the_suggestion() {
        Supplier supplier = fixture.supplier();
        Item item = withHistory("Ordered", supplier.getId(), 300, 10, 50, 500, 100, 7);
        long order = purchaseOrders.createDraft(site, supplier.getId());
        purchaseOrders.setLine(site, order, item.getId(), 200);
        purchaseOrders.place(site, order, today.plusDays(5), null);

        ReorderLine line = reorder.reorderList(site).getFirst();
        assertThat(line.onOrder()).isEqualTo(200);
        // 500 - 20 - 200 = 280 → 3 packs
        assertThat(line.suggestedQuantity()).isEqualTo(300);
    }

    @Test
    void open_orders_move_the_stock_out_date_counting_deliveries_but_not_the_one_from_stock_on_hand() {
        Supplier supplier = fixture.supplier();
        Item item = withHistory("Ordered soon", supplier.getId(), 300, 10, 50, 500, 100, 7);
        long order = purchaseOrders.createDraft(site, supplier.getId());
        purchaseOrders.setLine(site, order, item.getId(), 200);
        purchaseOrders.place(site, order, today.plusDays(1), null);

        ReorderLine line = reorder.reorderList(site).getFirst();
        // 20 on hand: 10 today, 10 tomorrow, short the day after
        assertThat(line.stockOutDate()).isEqualTo(today.plusDays(2));
        // 20 - 10 today = 10; +200 tomorrow: 210 covers 21 days from tomorrow, short on day 22
        assertThat(line.stockOutWithDeliveries()).isEqualTo(today.plusDays(22));
    }

    @Test
    void stock_in_transit_to_the_site_counts_like_stock_on_order() {
        Supplier supplier = fixture.supplier();
        Item item = withHistory("Coming", supplier.getId(), 300, 10, 50, 500, 100, 7);
        item.setCode("COMING");
        stock.saveItem(site, item);
        long sender = fixture.newSite("Reorder sender");
        StockFixture.keeper(sender);
        Item there = fixture.linked(sender, "Coming", "coming", false);
        stock.record(sender, MovementRequest.of(there.getId(), MovementKind.RECEIPT, 200));
        long id = transfers.draft(sender, new TransferRequest(site, null,
                List.of(new TransferRequest.Line(there.getId(), null, 200))));
        transfers.send(sender, id);
        StockFixture.keeper(site);

        ReorderLine line = reorder.reorderList(site).getFirst();
        assertThat(line.inTransit()).isEqualTo(200);
        assertThat(line.onOrder()).isZero();
        // 500 - 20 - 200 = 280 → 3 packs
        assertThat(line.suggestedQuantity()).isEqualTo(300);
        assertThat(line.stockOutDate()).isEqualTo(today.plusDays(2));
        assertThat(line.stockOutWithDeliveries()).isEqualTo(today.plusDays(22));
    }

    @Test
    void selected_lines_become_one_draft_order_per_supplier() {
        Supplier first = fixture.supplier();
        Supplier second = fixture.supplier();
        Item a = withHistory("A", first.getId(), 300, 10, 50, 500, 100, 7);
        Item b = withHistory("B", first.getId(), 300, 10, 50, 250, 50, 7);
        Item c = withHistory("C", second.getId(), 30, 1, 50, 100, 10, 7);
        Item skipped = withHistory("D", second.getId(), 30, 1, 50, 100, 10, 7);

        List<Long> drafts = reorder.createDrafts(site, List.of(a.getId(), b.getId(), c.getId()));

        assertThat(drafts).hasSize(2);
        List<PurchaseOrderDetail> orders = drafts.stream().map(id -> purchaseOrders.order(site, id)).toList();
        assertThat(orders).extracting(PurchaseOrderDetail::status).containsOnly(PurchaseOrderStatus.DRAFT);
        PurchaseOrderDetail toFirst = orders.stream().filter(o -> o.supplierId() == first.getId()).findFirst().orElseThrow();
        assertThat(toFirst.lines()).extracting(PurchaseOrderDetail.Line::itemName, PurchaseOrderDetail.Line::ordered)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("A", 500),
                        org.assertj.core.groups.Tuple.tuple("B", 250));
        PurchaseOrderDetail toSecond = orders.stream().filter(o -> o.supplierId() == second.getId()).findFirst().orElseThrow();
        // 100 - 2 = 98 → 10 packs of 10
        assertThat(toSecond.lines()).extracting(PurchaseOrderDetail.Line::itemName, PurchaseOrderDetail.Line::ordered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C", 100));
        assertThat(purchaseOrders.orders(site, List.of(), PageRequest.of(0, 10)).getContent()).hasSize(2);
        assertThat(skipped.getId()).isNotNull();
    }

    @Test
    void an_item_without_supplier_cannot_be_ordered() {
        Item orphan = withHistory("Orphan", null, 10, 0, 50, 100, 10, 7);
        assertThatThrownBy(() -> reorder.createDrafts(site, List.of(orphan.getId())))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reorder.error.noSupplier"));
    }
}
