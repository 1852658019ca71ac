package org.dcrconsole.stock.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.github.mvysny.kaributesting.v10.TabSheetsKt;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.stock.Item;
import org.dcrconsole.stock.ItemStock;
import org.dcrconsole.stock.MovementKind;
import org.dcrconsole.stock.MovementRequest;
import org.dcrconsole.stock.StockFixture;
import org.dcrconsole.stock.StockService;
import org.dcrconsole.stock.TransferRequest;
import org.dcrconsole.stock.TransferService;
import org.dcrconsole.stock.TransferStatus;
import org.dcrconsole.stock.TransferSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sender drafts and sends a transfer on /stock; the receiver confirms it short, with a reason. */
class TransfersViewTest extends KaribuTest {

    @Autowired StockService stockService;
    @Autowired TransferService transferService;
    @Autowired SiteService siteService;

    long from;
    long to;
    Item here;
    Item there;
    String fromName;

    @BeforeEach
    void seed() {
        StockFixture fixture = new StockFixture(siteService, stockService);
        from = fixture.newSite("Sending UI");
        to = fixture.newSite("Receiving UI");
        StockFixture.keeper(from);
        fromName = siteService.site(from).name();
        here = fixture.linked(from, "Syringe 2 ml", "SYR-2", false);
        stockService.record(from, MovementRequest.of(here.getId(), MovementKind.RECEIPT, 100));
        StockFixture.keeper(to);
        there = fixture.linked(to, "Syringe 2 ml", "SYR-2", false);
        TestUsers.signOut();
    }

    /** Clicks a tab of /stock by its label. */
    private static void tab(String label) {
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedTab(TabSheetsKt.get_tabs(tabs).getChildren().map(Tab.class::cast)
                .filter(t -> t.getLabel().equals(label)).findFirst().orElseThrow());
    }

    private static void transfersTab() {
        tab("Transfers");
    }

    @SuppressWarnings("unchecked")
    private static List<TransferSummary> transferRows() {
        Grid<TransferSummary> grid = _get(Grid.class, s -> s.withId("transfer-grid"));
        return GridKt._findAll(grid);
    }

    @SuppressWarnings("unchecked")
    private static ItemStock stockRow(String name) {
        Grid<ItemStock> grid = _get(Grid.class, s -> s.withId("stock-grid"));
        return GridKt._findAll(grid).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_keeper_holding_only_the_sending_site_drafts_and_sends_a_transfer() {
        signIn("ui-sender", List.of(from), Role.STOCK_KEEPER);
        navigate("stock");
        transfersTab();

        _click(_get(Button.class, s -> s.withId("new-transfer")));
        _setValue(_get(Select.class, s -> s.withId("transfer-destination")), to);
        _setValue(_get(TextField.class, s -> s.withId("transfer-note")), "Riverside runs short");
        _setValue(_get(ComboBox.class, s -> s.withId("transfer-item")), here);
        _setValue(_get(IntegerField.class, s -> s.withId("transfer-quantity")), 40);
        _click(_get(Button.class, s -> s.withId("transfer-add-line")));
        _click(_get(FormDialog.class, s -> s.withId("transfer-dialog")).getSaveButton());

        assertThat(transferRows()).extracting(TransferSummary::status).containsExactly(TransferStatus.DRAFT);
        _click(_get(Button.class, s -> s.withId("transfer-send")));

        _assertNone(FormDialog.class, s -> s.withId("transfer-detail"));
        assertThat(transferRows()).extracting(TransferSummary::status, TransferSummary::units)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TransferStatus.SENT, 40L));
        tab("Items");
        Grid<ItemStock> stock = _get(Grid.class, s -> s.withId("stock-grid"));
        assertThat(stockRow("Syringe 2 ml").onHand()).isEqualTo(60);
        assertThat(GridKt._getFormatted(stock, 0, "outbound")).isEqualTo("40");
    }

    @Test
    void sending_more_than_is_on_hand_is_refused_with_the_amount_available() {
        signIn("ui-sender2", List.of(from), Role.STOCK_KEEPER);
        navigate("stock");
        transfersTab();
        _click(_get(Button.class, s -> s.withId("new-transfer")));
        _setValue(_get(Select.class, s -> s.withId("transfer-destination")), to);
        _setValue(_get(ComboBox.class, s -> s.withId("transfer-item")), here);
        _setValue(_get(IntegerField.class, s -> s.withId("transfer-quantity")), 150);
        _click(_get(Button.class, s -> s.withId("transfer-add-line")));
        _click(_get(FormDialog.class, s -> s.withId("transfer-dialog")).getSaveButton());

        _click(_get(Button.class, s -> s.withId("transfer-send")));

        expectNotifications("Transfer #" + transferRows().getFirst().id() + " drafted",
                "Not enough stock of Syringe 2 ml: 100 available");
        tab("Items");
        assertThat(stockRow("Syringe 2 ml").onHand()).isEqualTo(100);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_keeper_holding_only_the_receiving_site_sees_it_in_transit_and_receives_it_short() {
        TestUsers.signIn("api-sender", List.of(from), Role.STOCK_KEEPER);
        long id = transferService.draft(from, new TransferRequest(to, null,
                List.of(new TransferRequest.Line(here.getId(), null, 30))));
        transferService.send(from, id);

        signIn("ui-receiver", List.of(to), Role.STOCK_KEEPER);
        navigate("stock");
        Grid<ItemStock> stock = _get(Grid.class, s -> s.withId("stock-grid"));
        assertThat(GridKt._getFormatted(stock, 0, "inbound")).isEqualTo("30");
        transfersTab();
        Grid<TransferSummary> grid = _get(Grid.class, s -> s.withId("transfer-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("from " + fromName, "30");
        assertThat(transferRows()).extracting(TransferSummary::status).containsExactly(TransferStatus.SENT);
        GridKt._clickItem(grid, 0);

        IntegerField received = _get(IntegerField.class, s -> s.withId("transfer-received-1"));
        assertThat(received.getValue()).isEqualTo(30);
        _setValue(received, 27);
        _click(_get(Button.class, s -> s.withId("transfer-receive")));
        TextField reason = _get(TextField.class, s -> s.withId("transfer-reason-1"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why not all of Syringe 2 ml arrived");
        _setValue(reason, "3 in a torn box");
        _click(_get(Button.class, s -> s.withId("transfer-receive")));

        _assertNone(FormDialog.class, s -> s.withId("transfer-detail"));
        assertThat(transferRows()).extracting(TransferSummary::status).containsExactly(TransferStatus.RECEIVED);
        tab("Items");
        stock = _get(Grid.class, s -> s.withId("stock-grid"));
        assertThat(stockRow("Syringe 2 ml").onHand()).isEqualTo(27);
        assertThat(GridKt._getFormatted(stock, 0, "inbound")).isEqualTo("0");
    }
}
