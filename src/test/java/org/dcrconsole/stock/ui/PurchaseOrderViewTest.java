package org.dcrconsole.stock.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.stock.Item;
import org.dcrconsole.stock.PurchaseOrderService;
import org.dcrconsole.stock.ReorderLine;
import org.dcrconsole.stock.StockFilter;
import org.dcrconsole.stock.StockFixture;
import org.dcrconsole.stock.StockService;
import org.dcrconsole.stock.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PurchaseOrderViewTest extends KaribuTest {

    @Autowired StockService stockService;
    @Autowired PurchaseOrderService orderService;
    @Autowired SiteService siteService;

    long site;
    Supplier supplier;
    Item pipes;

    @BeforeEach
    void seed() {
        StockFixture fixture = new StockFixture(siteService, stockService);
        site = fixture.newSite("PO UI");
        StockFixture.keeper(site);
        supplier = fixture.supplier();
        pipes = fixture.item(site, "Glass pipe", false, null, supplier.getId(), 50, 100, 400, 7);
    }

    private String status() {
        return _get(Span.class, s -> s.withId("po-status")).getText();
    }

    private int onHand() {
        return stockService.stockList(site, StockFilter.ALL).getFirst().onHand();
    }

    @Test
    void a_purchase_order_goes_from_draft_to_ordered_to_partly_received_to_received() {
        signIn("keeper-po", List.of(site), Role.STOCK_KEEPER);
        long id = orderService.createDraft(site, supplier.getId());
        navigate("purchase-orders/" + id);
        assertThat(status()).isEqualTo("Draft");

        _setValue(_get(ComboBox.class, s -> s.withId("po-add-item")), pipes);
        _setValue(_get(IntegerField.class, s -> s.withId("po-add-quantity")), 200);
        _click(_get(Button.class, s -> s.withId("po-add-line")));
        _click(_get(Button.class, s -> s.withId("po-place")));
        _click(_get(FormDialog.class, s -> s.withId("po-place-dialog")).getSaveButton());
        assertThat(status()).isEqualTo("Ordered");
        _assertNone(Button.class, s -> s.withId("po-place"));

        _click(_get(Button.class, s -> s.withId("po-receive")));
        FormDialog receive = _get(FormDialog.class, s -> s.withId("po-receive-dialog"));
        _setValue(_get(receive, IntegerField.class), 150);
        _click(receive.getSaveButton());
        assertThat(status()).isEqualTo("Partly received");
        assertThat(onHand()).isEqualTo(150);

        _click(_get(Button.class, s -> s.withId("po-receive")));
        FormDialog rest = _get(FormDialog.class, s -> s.withId("po-receive-dialog"));
        assertThat(_get(rest, IntegerField.class).getValue()).isEqualTo(50);
        _click(rest.getSaveButton());
        assertThat(status()).isEqualTo("Received");
        assertThat(onHand()).isEqualTo(200);
        _assertNone(Button.class, s -> s.withId("po-receive"));
        _assertNone(Button.class, s -> s.withId("po-cancel"));
    }

    @Test
    void a_draft_can_be_cancelled() {
        signIn("keeper-po2", List.of(site), Role.STOCK_KEEPER);
        long id = orderService.createDraft(site, supplier.getId());
        navigate("purchase-orders/" + id);
        _click(_get(Button.class, s -> s.withId("po-cancel")));
        assertThat(status()).isEqualTo("Cancelled");
    }

    @Test
    void a_manager_reads_an_order_without_any_action_that_changes_it() {
        long id = orderService.createDraft(site, supplier.getId());
        orderService.setLine(site, id, pipes.getId(), 100);
        TestUsers.signOut();
        signIn("manager-po", List.of(site), Role.MANAGER);
        navigate("purchase-orders/" + id);
        assertThat(status()).isEqualTo("Draft");
        _assertNone(Button.class, s -> s.withId("po-place"));
        _assertNone(Button.class, s -> s.withId("po-cancel"));
        _assertNone(Button.class, s -> s.withId("po-add-line"));
        navigate("purchase-orders");
        _assertNone(Button.class, s -> s.withId("new-order"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void selected_reorder_lines_become_draft_orders() {
        signIn("keeper-reorder", List.of(site), Role.STOCK_KEEPER);
        navigate("reorder");
        Grid<ReorderLine> grid = _get(Grid.class, s -> s.withId("reorder-grid"));
        ReorderLine line = GridKt._findAll(grid).stream().filter(l -> l.itemName().equals("Glass pipe")).findFirst()
                .orElseThrow();
        assertThat(line.suggestedQuantity()).isEqualTo(400);
        grid.select(line);
        _click(_get(Button.class, s -> s.withId("create-drafts")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PurchaseOrdersView.class);
        Grid<org.dcrconsole.stock.PurchaseOrderSummary> orders = _get(Grid.class, s -> s.withId("po-grid"));
        assertThat(GridKt._findAll(orders)).extracting(o -> o.unitsOrdered()).containsExactly(400);
        assertThat(_find(Button.class, s -> s.withId("new-order"))).hasSize(1);
    }
}
