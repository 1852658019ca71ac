package org.dcrconsole.stock.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.ui.CurrentSite;
import org.dcrconsole.stock.ReorderLine;
import org.dcrconsole.stock.ReorderService;

/**
 * What to reorder at the current site: items at or under their reorder point or projected to
 * reach it within their lead time, with use, cover, projected stock-out and a suggested quantity.
 * Stock keepers turn selected lines into draft purchase orders, one per supplier.
 */
@Route("reorder")
@RolesAllowed({Roles.STOCK_KEEPER, Roles.MANAGER})
@Menu(order = 41, title = "nav.reorder", icon = "vaadin:cart")
public class ReorderView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<ReorderLine> grid = new Grid<>();

    ReorderView(ReorderService reorderService, CurrentSite currentSite) {
        setSizeFull();
        setPadding(false);
        Optional<SiteInfo> current = currentSite.get();
        if (current.isEmpty()) {
            add(new ViewToolbar(getTranslation("nav.reorder")), new Paragraph(getTranslation("dashboard.noSite")));
            return;
        }
        SiteInfo site = current.get();
        boolean canWrite = CurrentUser.hasRole(Role.STOCK_KEEPER);
        Button create = new Button(getTranslation("reorder.createDrafts"), VaadinIcon.CART.create());
        create.setId("create-drafts");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setEnabled(false);
        create.setVisible(canWrite);
        add(new ViewToolbar(getTranslation("nav.reorder") + " · " + site.name(), create));

        grid.setId("reorder-grid");
        if (canWrite) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
        }
        grid.addColumn(ReorderLine::itemName).setHeader(getTranslation("item.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(l -> l.supplierName() == null ? "" : l.supplierName()).setHeader(getTranslation("item.supplier"))
                .setAutoWidth(true);
        grid.addColumn(ReorderLine::onHand).setHeader(getTranslation("stock.onHand")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(ReorderLine::onOrder).setHeader(getTranslation("stock.onOrder")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(ReorderLine::inTransit).setHeader(getTranslation("transfer.inbound"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("inTransit");
        grid.addColumn(ReorderLine::reorderPoint).setHeader(getTranslation("item.reorderPoint"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(l -> StockFormat.decimal(l.averageDailyUse(), getLocale()))
                .setHeader(getTranslation("reorder.averageDailyUse")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(l -> StockFormat.decimal(l.forecastDailyUse(), getLocale()))
                .setHeader(getTranslation("reorder.forecastDailyUse")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(l -> StockFormat.decimal(l.daysOfCover(), getLocale())).setHeader(getTranslation("stock.daysOfCover"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(l -> l.stockOutDate() == null ? "–" : StockFormat.date(l.stockOutDate(), getLocale()))
                .setHeader(getTranslation("reorder.stockOutDate")).setAutoWidth(true);
        grid.addColumn(l -> l.stockOutWithDeliveries() == null ? "–"
                        : StockFormat.date(l.stockOutWithDeliveries(), getLocale()))
                .setHeader(getTranslation("transfer.reorder.stockOutWithDeliveries")).setAutoWidth(true)
                .setKey("stockOutWithDeliveries");
        grid.addColumn(this::reason).setHeader(getTranslation("reorder.reason")).setAutoWidth(true);
        grid.addColumn(ReorderLine::leadTimeDays).setHeader(getTranslation("item.leadTimeDays"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(l -> getTranslation("reorder.suggested.value", l.suggestedQuantity(), l.suggestedPacks(), l.packSize()))
                .setHeader(getTranslation("reorder.suggested")).setAutoWidth(true);
        grid.setPartNameGenerator(l -> l.onHand() == 0 ? "stock-expired" : null);
        grid.setSizeFull();
        grid.addSelectionListener(e -> create.setEnabled(!e.getAllSelectedItems().isEmpty()));
        create.addClickListener(e -> {
            List<Long> itemIds = grid.getSelectedItems().stream().map(ReorderLine::itemId).toList();
            try {
                List<Long> drafts = reorderService.createDrafts(site.id(), itemIds);
                Notifications.success(getTranslation("reorder.draftsCreated", drafts.size()));
                UI.getCurrent().navigate(PurchaseOrdersView.class);
            } catch (BusinessException ex) {
                Notifications.error(Labels.t(ex.messageKey(), ex.args()));
            }
        });
        Paragraph note = new Paragraph(getTranslation("reorder.forecastNote"));
        note.addClassNames("stock-note");
        add(note, grid);
        grid.setItems(reorderService.reorderList(site.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reorder") + " · " + getTranslation("app.title");
    }

    /** Why the forecast expects what it does: the site's plan and the use per booth-hour, or history alone. */
    private String reason(ReorderLine line) {
        if (line.plannedBoothHours() == null || line.usePerBoothHour() == null) {
            return getTranslation("reorder.reason.history");
        }
        return getTranslation("reorder.reason.plan", StockFormat.decimal(line.plannedBoothHours(), getLocale()),
                StockFormat.decimal(line.usePerBoothHour(), getLocale()));
    }
}
