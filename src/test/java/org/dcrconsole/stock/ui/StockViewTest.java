package org.dcrconsole.stock.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.stock.Item;
import org.dcrconsole.stock.ItemStock;
import org.dcrconsole.stock.MovementKind;
import org.dcrconsole.stock.StockFixture;
import org.dcrconsole.stock.StockService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StockViewTest extends KaribuTest {

    @Autowired StockService stockService;
    @Autowired SiteService siteService;

    long site;
    Item swabs;

    @BeforeEach
    void seed() {
        StockFixture fixture = new StockFixture(siteService, stockService);
        site = fixture.newSite("Stock UI");
        StockFixture.keeper(site);
        swabs = fixture.item(site, "Alcohol swabs", false, null, null, 100, 50, 500, 7);
    }

    @SuppressWarnings("unchecked")
    private ItemStock row(String name) {
        Grid<ItemStock> grid = _get(Grid.class, s -> s.withId("stock-grid"));
        return GridKt._findAll(grid).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private void recordMovement(Item item, MovementKind kind, int quantity) {
        _click(_get(Button.class, s -> s.withId("record-movement")));
        _setValue(_get(ComboBox.class, s -> s.withId("movement-item")), item);
        _setValue(_get(Select.class, s -> s.withId("movement-kind")), kind);
        _setValue(_get(IntegerField.class, s -> s.withId("movement-quantity")), quantity);
        _click(_get(FormDialog.class, s -> s.withId("movement-dialog")).getSaveButton());
    }

    @Test
    void a_stock_keeper_records_a_receipt_and_sees_stock_rise() {
        signIn("keeper-ui", List.of(site), Role.STOCK_KEEPER);
        navigate("stock");
        assertThat(row("Alcohol swabs").onHand()).isZero();

        recordMovement(swabs, MovementKind.RECEIPT, 250);

        assertThat(row("Alcohol swabs").onHand()).isEqualTo(250);
        _assertNone(FormDialog.class, s -> s.withId("movement-dialog"));
    }

    @Test
    void taking_more_than_is_on_hand_is_refused_at_the_quantity_field_and_stock_stays() {
        signIn("keeper-ui2", List.of(site), Role.STOCK_KEEPER);
        navigate("stock");
        recordMovement(swabs, MovementKind.RECEIPT, 10);

        recordMovement(swabs, MovementKind.USE, 11);

        IntegerField quantity = _get(IntegerField.class, s -> s.withId("movement-quantity"));
        assertThat(quantity.isInvalid()).isTrue();
        assertThat(quantity.getErrorMessage()).isEqualTo("Not enough stock of Alcohol swabs: 10 available");
        _get(FormDialog.class, s -> s.withId("movement-dialog")).close();
        assertThat(row("Alcohol swabs").onHand()).isEqualTo(10);
    }

    @Test
    void a_manager_sees_stock_but_cannot_post() {
        signIn("manager-ui", List.of(site), Role.MANAGER);
        navigate("stock");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(StockView.class);
        assertThat(row("Alcohol swabs").status()).isNotNull();
        _assertNone(Button.class, s -> s.withId("record-movement"));
        _assertNone(Button.class, s -> s.withId("stock-count"));
        _assertNone(Button.class, s -> s.withId("new-item"));
        _assertNone(Button.class, s -> s.withId("write-off-expired"));
        assertThat(_get(SideNav.class).getItems()).extracting(i -> i.getPath())
                .contains("stock", "reorder", "purchase-orders");
    }

    @Test
    void staff_supervisors_and_admins_are_denied_the_stock_views() {
        for (Role role : List.of(Role.STAFF, Role.SUPERVISOR, Role.ADMIN)) {
            signIn("denied-" + role, List.of(site), role);
            assertThrows(MockAccessDeniedException.class, () -> navigate("stock"));
            assertThrows(MockAccessDeniedException.class, () -> navigate("reorder"));
            assertThrows(MockAccessDeniedException.class, () -> navigate("purchase-orders"));
            navigate("");
            assertThat(_get(SideNav.class).getItems()).extracting(i -> i.getPath())
                    .doesNotContain("stock", "reorder", "purchase-orders");
        }
    }
}
