package org.dcrconsole.stock.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.ui.CurrentSite;
import org.dcrconsole.stock.Item;
import org.dcrconsole.stock.ItemCategory;
import org.dcrconsole.stock.ItemStock;
import org.dcrconsole.stock.LotStock;
import org.dcrconsole.stock.StockFilter;
import org.dcrconsole.stock.StockService;
import org.dcrconsole.stock.StockStatus;
import org.dcrconsole.stock.Supplier;
import org.dcrconsole.stock.InTransit;
import org.dcrconsole.stock.TransferService;

/**
 * Stock of the current site: every item with on hand, on order, levels, days of cover and status;
 * lots near or past expiry; suppliers. Stock keepers record movements, counts and items; managers
 * see the same screens without the write actions.
 */
@Route("stock")
@RolesAllowed({Roles.STOCK_KEEPER, Roles.MANAGER})
@Menu(order = 40, title = "nav.stock", icon = "vaadin:package")
public class StockView extends VerticalLayout implements HasDynamicTitle {

    private final StockService stockService;
    private final TransferService transferService;
    private java.util.Map<Long, InTransit> inTransit = java.util.Map.of();
    private final boolean canWrite;
    private final Grid<ItemStock> grid = new Grid<>();
    private final Grid<LotStock> expiryGrid = new Grid<>();
    private final Grid<Supplier> supplierGrid = new Grid<>();
    private final Grid<StockService.Discrepancy> discrepancyGrid = new Grid<>();
    private final Select<ItemCategory> category = new Select<>();
    private final Select<StockStatus> status = new Select<>();
    private SiteInfo site;

    StockView(StockService stockService, TransferService transferService, CurrentSite currentSite) {
        this.stockService = stockService;
        this.transferService = transferService;
        this.canWrite = CurrentUser.hasRole(Role.STOCK_KEEPER);
        setSizeFull();
        setPadding(false);
        Optional<SiteInfo> current = currentSite.get();
        if (current.isEmpty()) {
            add(new ViewToolbar(getTranslation("nav.stock")), new Paragraph(getTranslation("dashboard.noSite")));
            return;
        }
        site = current.get();
        List<com.vaadin.flow.component.Component> actions = new ArrayList<>();
        if (canWrite) {
            Button record = new Button(getTranslation("movement.record"), VaadinIcon.EXCHANGE.create(),
                    e -> openMovement(null));
            record.setId("record-movement");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button count = new Button(getTranslation("count.start"), VaadinIcon.CLIPBOARD_CHECK.create(), e -> openCount());
            count.setId("stock-count");
            Button newItem = new Button(getTranslation("item.new"), VaadinIcon.PLUS.create(), e -> openItem(new Item()));
            newItem.setId("new-item");
            actions.add(record);
            actions.add(count);
            actions.add(newItem);
        }
        add(new ViewToolbar(getTranslation("nav.stock") + " · " + site.name(),
                actions.toArray(com.vaadin.flow.component.Component[]::new)));

        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("stock.tab.items"), itemsPanel());
        tabs.add(getTranslation("stock.tab.expiry"), expiryPanel());
        tabs.add(getTranslation("stock.tab.suppliers"), suppliersPanel());
        tabs.add(getTranslation("discrepancy.title"), discrepancyPanel());
        tabs.add(getTranslation("transfer.tab"), new TransfersPanel(transferService, stockService, site, canWrite,
                this::refresh));
        add(tabs);
        refresh();
    }

    private VerticalLayout itemsPanel() {
        category.setId("filter-category");
        category.setLabel(getTranslation("item.category"));
        category.setItems(ItemCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("stock.filter.all"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("stock.filter.all") : Labels.of(c));
        category.addValueChangeListener(e -> refreshItems());
        status.setId("filter-status");
        status.setLabel(getTranslation("stock.status"));
        status.setItems(StockStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("stock.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("stock.filter.all") : Labels.of(s));
        status.addValueChangeListener(e -> refreshItems());

        grid.setId("stock-grid");
        grid.addColumn(ItemStock::name).setHeader(getTranslation("item.name")).setAutoWidth(true).setFlexGrow(1)
                .setSortable(true);
        grid.addColumn(r -> Labels.of(r.category())).setHeader(getTranslation("item.category")).setAutoWidth(true);
        grid.addColumn(ItemStock::onHand).setHeader(getTranslation("stock.onHand")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setSortable(true).setKey("onHand");
        grid.addColumn(ItemStock::onOrder).setHeader(getTranslation("stock.onOrder")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> inTransit.getOrDefault(r.itemId(), InTransit.NONE).outbound())
                .setHeader(getTranslation("transfer.outbound")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setKey("outbound");
        grid.addColumn(r -> inTransit.getOrDefault(r.itemId(), InTransit.NONE).inbound())
                .setHeader(getTranslation("transfer.inbound")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setKey("inbound");
        grid.addColumn(ItemStock::reorderPoint).setHeader(getTranslation("item.reorderPoint"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(ItemStock::targetLevel).setHeader(getTranslation("item.targetLevel"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> StockFormat.decimal(r.daysOfCover(), getLocale())).setHeader(getTranslation("stock.daysOfCover"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> StockFormat.date(r.nextExpiry(), getLocale())).setHeader(getTranslation("stock.nextExpiry"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> StockFormat.status(r.status())).setHeader(getTranslation("stock.status"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> openDetail(e.getItem()));
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(category, status);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout panel = new VerticalLayout(filters, grid);
        panel.setSizeFull();
        panel.setPadding(false);
        return panel;
    }

    private VerticalLayout expiryPanel() {
        expiryGrid.setId("expiry-grid");
        expiryGrid.addColumn(LotStock::itemName).setHeader(getTranslation("item.name")).setAutoWidth(true);
        expiryGrid.addColumn(LotStock::lotNumber).setHeader(getTranslation("lot.number")).setAutoWidth(true);
        expiryGrid.addColumn(l -> StockFormat.date(l.expiryDate(), getLocale())).setHeader(getTranslation("lot.expiry"))
                .setAutoWidth(true);
        expiryGrid.addColumn(LotStock::quantity).setHeader(getTranslation("lot.quantity"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        expiryGrid.addComponentColumn(l -> StockFormat.status(l.expired() ? StockStatus.OUT : StockStatus.EXPIRING))
                .setHeader(getTranslation("stock.status")).setAutoWidth(true);
        expiryGrid.setPartNameGenerator(l -> l.expired() ? "stock-expired" : "stock-expiring");
        expiryGrid.setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("lot.expiryHint", site.expiryWarningDays()));
        VerticalLayout panel = new VerticalLayout(hint);
        if (canWrite) {
            Button writeOff = new Button(getTranslation("lot.writeOffExpired"), VaadinIcon.TRASH.create(), e -> {
                int units = stockService.writeOffExpired(site.id());
                Notifications.success(getTranslation("lot.writtenOff", units));
                refresh();
            });
            writeOff.setId("write-off-expired");
            writeOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
            panel.add(writeOff);
        }
        panel.add(expiryGrid);
        panel.setSizeFull();
        panel.setPadding(false);
        return panel;
    }

    private VerticalLayout suppliersPanel() {
        supplierGrid.setId("supplier-grid");
        supplierGrid.addColumn(Supplier::getName).setHeader(getTranslation("stock.supplier.name")).setAutoWidth(true);
        supplierGrid.addColumn(Supplier::getContact).setHeader(getTranslation("stock.supplier.contact"));
        supplierGrid.setSizeFull();
        VerticalLayout panel = new VerticalLayout();
        if (canWrite) {
            Button add = new Button(getTranslation("stock.supplier.new"), VaadinIcon.PLUS.create(),
                    e -> openSupplier(new Supplier()));
            add.setId("new-supplier");
            panel.add(add);
            supplierGrid.addItemDoubleClickListener(e -> openSupplier(e.getItem()));
        }
        panel.add(supplierGrid);
        panel.setSizeFull();
        panel.setPadding(false);
        return panel;
    }

    /** What the floor handed out beyond the books, open until the item is counted. */
    private VerticalLayout discrepancyPanel() {
        discrepancyGrid.setId("discrepancy-grid");
        discrepancyGrid.addColumn(StockService.Discrepancy::itemName).setHeader(getTranslation("discrepancy.item"))
                .setAutoWidth(true);
        discrepancyGrid.addColumn(StockService.Discrepancy::quantity).setHeader(getTranslation("discrepancy.quantity"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter
                .ofLocalizedDateTime(java.time.format.FormatStyle.SHORT).withLocale(getLocale()).withZone(site.zone());
        discrepancyGrid.addColumn(d -> time.format(d.occurredAt())).setHeader(getTranslation("discrepancy.when"))
                .setAutoWidth(true);
        discrepancyGrid.addColumn(StockService.Discrepancy::recordedBy).setHeader(getTranslation("discrepancy.who"))
                .setAutoWidth(true);
        discrepancyGrid.setEmptyStateText(getTranslation("discrepancy.none"));
        discrepancyGrid.setSizeFull();
        VerticalLayout panel = new VerticalLayout(new Paragraph(getTranslation("discrepancy.help")));
        if (canWrite) {
            Button count = new Button(getTranslation("count.start"), VaadinIcon.CLIPBOARD_CHECK.create(), e -> openCount());
            count.setId("discrepancy-count");
            panel.add(count);
        }
        panel.add(discrepancyGrid);
        panel.setSizeFull();
        panel.setPadding(false);
        return panel;
    }

    private void refresh() {
        refreshItems();
        discrepancyGrid.setItems(stockService.openDiscrepancies(site.id()));
        expiryGrid.setItems(stockService.expiringLots(site.id()));
        supplierGrid.setItems(stockService.suppliers());
    }

    private void refreshItems() {
        inTransit = transferService.inTransit(site.id());
        grid.setItems(stockService.stockList(site.id(), new StockFilter(category.getValue(), status.getValue())));
    }

    private void openMovement(Item item) {
        new MovementDialog(stockService, site, item, this::refresh).open();
    }

    private void openCount() {
        new CountDialog(stockService, site, this::refresh).open();
    }

    private void openItem(Item item) {
        ItemDialog.edit(stockService, site, item, this::refresh);
    }

    private void openSupplier(Supplier supplier) {
        ItemDialog.editSupplier(stockService, supplier, this::refresh);
    }

    private void openDetail(ItemStock row) {
        new ItemDetailDialog(stockService, site, row, canWrite, this::openItem, this::openMovement).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.stock") + " · " + getTranslation("app.title");
    }
}
