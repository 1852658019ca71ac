package org.dcrconsole.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@DcrSpringBootTest
class PurchaseOrderServiceTest {

    @Autowired StockService stock;
    @Autowired PurchaseOrderService purchaseOrders;
    @Autowired SiteService siteService;
    @Autowired JdbcTemplate jdbc;

    StockFixture fixture;
    long site;
    Supplier supplier;
    Item kits;
    Item pipes;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixture = new StockFixture(siteService, stock);
        site = fixture.newSite("Orders");
        StockFixture.keeper(site);
        supplier = fixture.supplier();
        kits = fixture.item(site, "Naloxone kit", true, null, supplier.getId(), 10, 5, 40, 7);
        pipes = fixture.item(site, "Glass pipe", false, null, supplier.getId(), 50, 50, 300, 7);
        today = LocalDate.now(siteService.site(site).zone());
    }

    @AfterEach
    void tearDown() {
        TestUsers.signOut();
    }

    private int onHand(Item item) {
        return stock.stockList(site, StockFilter.ALL).stream().filter(r -> r.itemId() == item.getId()).findFirst()
                .orElseThrow().onHand();
    }

    private long line(PurchaseOrderDetail order, Item item) {
        return order.lines().stream().filter(l -> l.itemId() == item.getId()).findFirst().orElseThrow().lineId();
    }

    @Test
    void an_order_goes_from_draft_to_ordered_to_partly_received_to_received_and_stock_rises_by_what_arrived() {
        long id = purchaseOrders.createDraft(site, supplier.getId());
        purchaseOrders.setLine(site, id, kits.getId(), 40);
        purchaseOrders.setLine(site, id, pipes.getId(), 300);
        assertThat(purchaseOrders.order(site, id).status()).isEqualTo(PurchaseOrderStatus.DRAFT);

        purchaseOrders.place(site, id, today.plusDays(7), "urgent");
        PurchaseOrderDetail ordered = purchaseOrders.order(site, id);
        assertThat(ordered.status()).isEqualTo(PurchaseOrderStatus.ORDERED);
        assertThat(ordered.orderedAt()).isNotNull();
        assertThat(stock.stockList(site, StockFilter.ALL)).extracting(ItemStock::name, ItemStock::onOrder)
                .containsExactlyInAnyOrder(tuple("Glass pipe", 300), tuple("Naloxone kit", 40));

        purchaseOrders.receive(site, id, List.of(new ReceiptLine(line(ordered, kits), 25, "K-7", today.plusDays(500)),
                new ReceiptLine(line(ordered, pipes), 300, null, null)));
        PurchaseOrderDetail partly = purchaseOrders.order(site, id);
        assertThat(partly.status()).isEqualTo(PurchaseOrderStatus.PARTLY_RECEIVED);
        assertThat(onHand(kits)).isEqualTo(25);
        assertThat(onHand(pipes)).isEqualTo(300);
        assertThat(stock.lots(site, kits.getId())).extracting(LotStock::lotNumber, LotStock::quantity)
                .containsExactly(tuple("K-7", 25));

        purchaseOrders.receive(site, id, List.of(new ReceiptLine(line(ordered, kits), 15, "K-8", today.plusDays(600))));
        assertThat(purchaseOrders.order(site, id).status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
        assertThat(onHand(kits)).isEqualTo(40);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_movement WHERE po_line_id = ? AND kind = 'RECEIPT'",
                Integer.class, line(ordered, kits))).isEqualTo(2);
        assertThat(stock.stockList(site, StockFilter.ALL)).extracting(ItemStock::onOrder).containsOnly(0);

        assertThatThrownBy(() -> purchaseOrders.cancel(site, id)).isInstanceOf(BusinessException.class);
    }

    @Test
    void receiving_more_than_is_open_is_refused_and_books_nothing() {
        long id = purchaseOrders.createDraft(site, supplier.getId());
        purchaseOrders.setLine(site, id, pipes.getId(), 100);
        purchaseOrders.place(site, id, null, null);
        long lineId = line(purchaseOrders.order(site, id), pipes);

        assertThatThrownBy(() -> purchaseOrders.receive(site, id, List.of(new ReceiptLine(lineId, 101, null, null))))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("po.error.overReceipt"));
        assertThat(onHand(pipes)).isZero();
        assertThat(purchaseOrders.order(site, id).status()).isEqualTo(PurchaseOrderStatus.ORDERED);
    }

    @Test
    void a_lot_tracked_line_needs_a_lot_number_and_expiry() {
        long id = purchaseOrders.createDraft(site, supplier.getId());
        purchaseOrders.setLine(site, id, kits.getId(), 10);
        purchaseOrders.place(site, id, null, null);
        long lineId = line(purchaseOrders.order(site, id), kits);
        assertThatThrownBy(() -> purchaseOrders.receive(site, id, List.of(new ReceiptLine(lineId, 10, null, null))))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("lot.error.numberRequired"));
        assertThat(onHand(kits)).isZero();
    }

    @Test
    void a_draft_can_be_cancelled_but_an_empty_draft_cannot_be_ordered_and_a_cancelled_order_not_received() {
        long id = purchaseOrders.createDraft(site, supplier.getId());
        assertThatThrownBy(() -> purchaseOrders.place(site, id, null, null)).isInstanceOfSatisfying(
                BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("po.error.noLines"));
        purchaseOrders.setLine(site, id, pipes.getId(), 50);
        purchaseOrders.cancel(site, id);
        assertThat(purchaseOrders.order(site, id).status()).isEqualTo(PurchaseOrderStatus.CANCELLED);
        assertThatThrownBy(() -> purchaseOrders.place(site, id, null, null)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> purchaseOrders.setLine(site, id, pipes.getId(), 100)).isInstanceOf(BusinessException.class);
    }

    @Test
    void the_csv_export_lists_every_line_with_packs_and_neutralises_formulas() {
        Item formula = fixture.item(site, "=HYPERLINK(1)", false, null, supplier.getId(), 1, 0, 0, 7);
        long id = purchaseOrders.createDraft(site, supplier.getId());
        purchaseOrders.setLine(site, id, pipes.getId(), 120);
        purchaseOrders.setLine(site, id, formula.getId(), 3);

        String csv = purchaseOrders.csv(site, id);

        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains(";Glass pipe;PIECE;50;3;120;0");
        assertThat(csv).contains(";'=HYPERLINK(1);");
    }
}
