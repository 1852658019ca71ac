package org.dcrconsole.stock.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.ui.CurrentSite;
import org.dcrconsole.stock.PurchaseOrderService;
import org.dcrconsole.stock.PurchaseOrderStatus;
import org.dcrconsole.stock.PurchaseOrderSummary;
import org.dcrconsole.stock.StockService;
import org.dcrconsole.stock.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The purchase orders of the current site, newest first, filtered by state; one opens its page. */
@Route("purchase-orders")
@RolesAllowed({Roles.STOCK_KEEPER, Roles.MANAGER})
@Menu(order = 42, title = "nav.purchaseOrders", icon = "vaadin:truck")
public class PurchaseOrdersView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<PurchaseOrderSummary> grid = new Grid<>();
    private final Select<PurchaseOrderStatus> status = new Select<>();

    PurchaseOrdersView(PurchaseOrderService orderService, StockService stockService, CurrentSite currentSite) {
        setSizeFull();
        setPadding(false);
        Optional<SiteInfo> current = currentSite.get();
        if (current.isEmpty()) {
            add(new ViewToolbar(getTranslation("nav.purchaseOrders")), new Paragraph(getTranslation("dashboard.noSite")));
            return;
        }
        SiteInfo site = current.get();
        Button create = new Button(getTranslation("po.new"), VaadinIcon.PLUS.create(),
                e -> newOrder(orderService, stockService, site));
        create.setId("new-order");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(CurrentUser.hasRole(Role.STOCK_KEEPER));
        add(new ViewToolbar(getTranslation("nav.purchaseOrders") + " · " + site.name(), create));

        status.setId("filter-po-status");
        status.setLabel(getTranslation("po.status"));
        status.setItems(PurchaseOrderStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("stock.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("stock.filter.all") : Labels.of(s));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("po-grid");
        grid.addColumn(o -> "#" + o.id()).setHeader(getTranslation("po.number")).setAutoWidth(true);
        grid.addColumn(PurchaseOrderSummary::supplierName).setHeader(getTranslation("item.supplier")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(o -> Labels.of(o.status())).setHeader(getTranslation("po.status")).setAutoWidth(true);
        grid.addColumn(o -> StockFormat.dateTime(o.createdAt(), site.zone(), getLocale()))
                .setHeader(getTranslation("po.createdAt")).setAutoWidth(true);
        grid.addColumn(o -> StockFormat.dateTime(o.orderedAt(), site.zone(), getLocale()))
                .setHeader(getTranslation("po.orderedAt")).setAutoWidth(true);
        grid.addColumn(o -> StockFormat.date(o.expectedDate(), getLocale())).setHeader(getTranslation("po.expected"))
                .setAutoWidth(true);
        grid.addColumn(PurchaseOrderSummary::lineCount).setHeader(getTranslation("po.lines"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(o -> o.unitsReceived() + " / " + o.unitsOrdered()).setHeader(getTranslation("po.receivedOfOrdered"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setItemsPageable(pageable -> orderService.orders(site.id(),
                status.getValue() == null ? List.of() : List.of(status.getValue()),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))).getContent());
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setSizeFull();
        add(status, grid);
    }

    private void newOrder(PurchaseOrderService orderService, StockService stockService, SiteInfo site) {
        ComboBox<Supplier> supplier = new ComboBox<>(getTranslation("item.supplier"));
        supplier.setId("new-order-supplier");
        supplier.setItems(stockService.suppliers());
        supplier.setItemLabelGenerator(Supplier::getName);
        FormDialog dialog = new FormDialog(getTranslation("po.new"), new FormLayout(supplier), () -> {
            if (supplier.getValue() == null) {
                supplier.setInvalid(true);
                supplier.setErrorMessage(getTranslation("validation.required"));
                return false;
            }
            open(orderService.createDraft(site.id(), supplier.getValue().getId()));
            return true;
        });
        dialog.field("supplierId", supplier);
        dialog.setId("new-order-dialog");
        dialog.open();
    }

    private static void open(long orderId) {
        UI.getCurrent().navigate(PurchaseOrderView.class, new RouteParameters("orderId", String.valueOf(orderId)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.purchaseOrders") + " · " + getTranslation("app.title");
    }
}
