package org.dcrconsole.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Who may read and change stock, and that nobody reaches another site's stock. */
@DcrSpringBootTest
class StockSecurityTest {

    @Autowired StockService stock;
    @Autowired ReorderService reorder;
    @Autowired PurchaseOrderService purchaseOrders;
    @Autowired SiteService siteService;

    StockFixture fixture;
    long site;
    long otherSite;
    Item item;
    Item otherItem;
    Supplier supplier;
    long order;
    long otherOrder;

    @BeforeEach
    void setUp() {
        fixture = new StockFixture(siteService, stock);
        site = fixture.newSite("Secure");
        otherSite = fixture.newSite("Secure other");
        StockFixture.keeper(site, otherSite);
        supplier = fixture.supplier();
        item = fixture.item(site, "Gloves", false, null, supplier.getId(), 100, 10, 100, 7);
        otherItem = fixture.item(otherSite, "Gloves", false, null, supplier.getId(), 100, 10, 100, 7);
        stock.record(site, MovementRequest.of(item.getId(), MovementKind.RECEIPT, 5));
        order = purchaseOrders.createDraft(site, supplier.getId());
        otherOrder = purchaseOrders.createDraft(otherSite, supplier.getId());
    }

    @AfterEach
    void tearDown() {
        TestUsers.signOut();
    }

    @Test
    void a_manager_reads_everything_of_their_site() {
        TestUsers.signIn("manager", List.of(site), Role.MANAGER);
        assertThat(stock.stockList(site, StockFilter.ALL)).hasSize(1);
        assertThat(stock.lots(site, item.getId())).hasSize(1);
        assertThat(stock.movements(site, item.getId(), PageRequest.of(0, 10))).hasSize(1);
        assertThat(stock.expiringLots(site)).isEmpty();
        assertThat(reorder.reorderList(site)).hasSize(1);
        assertThat(purchaseOrders.orders(site, List.of(), PageRequest.of(0, 10))).hasSize(1);
        assertThat(purchaseOrders.csv(site, order)).isNotBlank();
        assertThat(stock.alerts(site).atOrUnderReorderPoint()).isEqualTo(1);
    }

    @Test
    void a_manager_cannot_change_stock_items_or_orders() {
        TestUsers.signIn("manager", List.of(site), Role.MANAGER);
        assertThatThrownBy(() -> stock.record(site, MovementRequest.of(item.getId(), MovementKind.RECEIPT, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stock.saveItem(site, item)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stock.saveSupplier(supplier)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stock.postCount(site, List.of(new CountEntry(item.getId(), null, 1)), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stock.writeOffExpired(site)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reorder.createDrafts(site, List.of(item.getId()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> purchaseOrders.createDraft(site, supplier.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> purchaseOrders.setLine(site, order, item.getId(), 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> purchaseOrders.place(site, order, null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> purchaseOrders.receive(site, order, List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> purchaseOrders.cancel(site, order)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_supervisors_and_admins_cannot_read_stock() {
        for (Role role : List.of(Role.STAFF, Role.SUPERVISOR, Role.ADMIN)) {
            TestUsers.signIn("user-" + role, List.of(site), role);
            assertThatThrownBy(() -> stock.stockList(site, StockFilter.ALL)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reorder.reorderList(site)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> purchaseOrders.orders(site, List.of(), PageRequest.of(0, 1)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void supervisors_read_the_dashboard_figures_but_staff_and_admins_do_not() {
        TestUsers.signIn("supervisor", List.of(site), Role.SUPERVISOR);
        assertThat(stock.alerts(site).outOfStock()).isZero();
        assertThat(stock.movementTotals(site, Instant.EPOCH, Instant.now().plusSeconds(60)).get(MovementKind.RECEIPT))
                .isEqualTo(5);
        for (Role role : List.of(Role.STAFF, Role.ADMIN)) {
            TestUsers.signIn("dash-" + role, List.of(site), role);
            assertThatThrownBy(() -> stock.alerts(site)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_stock_keeper_reaches_no_site_they_do_not_hold() {
        TestUsers.signIn("keeper-here", List.of(site), Role.STOCK_KEEPER);
        assertThatThrownBy(() -> stock.stockList(otherSite, StockFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stock.record(otherSite, MovementRequest.of(otherItem.getId(), MovementKind.RECEIPT, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reorder.reorderList(otherSite)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> purchaseOrders.order(otherSite, otherOrder)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stock.alerts(otherSite)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_sites_ids_are_not_found_through_ones_own_site() {
        TestUsers.signIn("keeper-here", List.of(site), Role.STOCK_KEEPER);
        assertThatThrownBy(() -> stock.item(site, otherItem.getId())).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> stock.record(site, MovementRequest.of(otherItem.getId(), MovementKind.RECEIPT, 1)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("error.notFound"));
        assertThatThrownBy(() -> purchaseOrders.order(site, otherOrder)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> purchaseOrders.setLine(site, order, otherItem.getId(), 5)).isInstanceOf(BusinessException.class);
        assertThat(stock.movements(site, otherItem.getId(), PageRequest.of(0, 10))).isEmpty();
    }
}
