package org.dcrconsole.stock.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.stock.StockService;
import org.dcrconsole.stock.TransferService;
import org.dcrconsole.stock.TransferSummary;

/**
 * The transfers of the current site, both ways, newest first: what it sends (drafts to send,
 * goods in transit) and what comes to it (to receive). Opens a transfer for its next step.
 */
class TransfersPanel extends VerticalLayout {

    final Grid<TransferSummary> grid = new Grid<>();
    private final TransferService transferService;
    private final StockService stockService;
    private final SiteInfo site;
    private final boolean canWrite;
    private final Runnable onStockChanged;
    private final Map<Long, String> siteNames;

    TransfersPanel(TransferService transferService, StockService stockService, SiteInfo site, boolean canWrite,
                   Runnable onStockChanged) {
        this.transferService = transferService;
        this.stockService = stockService;
        this.site = site;
        this.canWrite = canWrite;
        this.onStockChanged = onStockChanged;
        this.siteNames = transferService.siteNames();
        setSizeFull();
        setPadding(false);
        if (canWrite) {
            Button create = new Button(getTranslation("transfer.new"), VaadinIcon.TRUCK.create(), e -> openNew());
            create.setId("new-transfer");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        grid.setId("transfer-grid");
        grid.addColumn(TransferSummary::id).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::direction).setHeader(getTranslation("transfer.direction")).setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(t -> status(t)).setHeader(getTranslation("transfer.status")).setAutoWidth(true);
        grid.addColumn(TransferSummary::lineCount).setHeader(getTranslation("transfer.lines"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(TransferSummary::units).setHeader(getTranslation("transfer.units"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(t -> StockFormat.dateTime(t.sentAt(), site.zone(), getLocale()))
                .setHeader(getTranslation("transfer.sentAt")).setAutoWidth(true);
        grid.addColumn(t -> StockFormat.dateTime(t.receivedAt(), site.zone(), getLocale()))
                .setHeader(getTranslation("transfer.receivedAt")).setAutoWidth(true);
        grid.addColumn(t -> t.note() == null ? "" : t.note()).setHeader(getTranslation("transfer.note"));
        grid.setItemsPageable(page -> transferService.transfers(site.id(), page).getContent());
        grid.addItemClickListener(e -> openDetail(e.getItem().id()));
        grid.setSizeFull();
        add(grid);
    }

    /** "to Riverside" at the sender, "from Central" at the receiver. */
    String direction(TransferSummary t) {
        return t.fromSiteId() == site.id()
                ? getTranslation("transfer.to", siteNames.getOrDefault(t.toSiteId(), "?"))
                : getTranslation("transfer.from", siteNames.getOrDefault(t.fromSiteId(), "?"));
    }

    private com.vaadin.flow.component.html.Span status(TransferSummary t) {
        com.vaadin.flow.component.html.Span badge = new com.vaadin.flow.component.html.Span(Labels.of(t.status()));
        badge.addClassNames("transfer-status", "transfer-status-" + t.status().name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void openNew() {
        new TransferDialog(transferService, stockService, site, id -> {
            refresh();
            openDetail(id);
        }).open();
    }

    void openDetail(long transferId) {
        new TransferDetailDialog(transferService, site, transferId, canWrite, siteNames, () -> {
            refresh();
            onStockChanged.run();
        }).open();
    }
}
