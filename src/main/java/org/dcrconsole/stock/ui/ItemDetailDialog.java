package org.dcrconsole.stock.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Map;
import java.util.function.Consumer;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.stock.Item;
import org.dcrconsole.stock.ItemStock;
import org.dcrconsole.stock.LotStock;
import org.dcrconsole.stock.StockMovement;
import org.dcrconsole.stock.StockService;

/** One item of the site: its lots and its ledger (newest first, loaded page by page). */
class ItemDetailDialog extends Dialog {

    ItemDetailDialog(StockService stockService, SiteInfo site, ItemStock row, boolean canWrite,
                     Consumer<Item> onEdit, Consumer<Item> onRecord) {
        setId("item-detail");
        setHeaderTitle(row.name());
        setWidth("64em");
        setHeight("80vh");

        Grid<LotStock> lots = new Grid<>();
        lots.setId("lot-grid");
        lots.addColumn(l -> l.lotNumber() == null ? getTranslation("lot.none") : l.lotNumber())
                .setHeader(getTranslation("lot.number"));
        lots.addColumn(l -> StockFormat.date(l.expiryDate(), getLocale())).setHeader(getTranslation("lot.expiry"));
        lots.addColumn(LotStock::quantity).setHeader(getTranslation("lot.quantity")).setTextAlign(ColumnTextAlign.END);
        lots.setPartNameGenerator(l -> l.expired() ? "stock-expired" : l.expiring() ? "stock-expiring" : null);
        lots.setItems(stockService.lots(site.id(), row.itemId()));
        lots.setAllRowsVisible(true);

        Map<Long, String> lotNumbers = stockService.lotNumbers(site.id(), row.itemId());
        Grid<StockMovement> movements = new Grid<>();
        movements.setId("movement-grid");
        movements.addColumn(m -> StockFormat.dateTime(m.getOccurredAt(), site.zone(), getLocale()))
                .setHeader(getTranslation("movement.occurredAt")).setAutoWidth(true);
        movements.addColumn(m -> Labels.of(m.getKind())).setHeader(getTranslation("movement.kind")).setAutoWidth(true);
        movements.addColumn(StockMovement::getQuantity).setHeader(getTranslation("movement.quantity"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        movements.addColumn(m -> m.getLotId() == null ? "" : lotNumbers.getOrDefault(m.getLotId(), ""))
                .setHeader(getTranslation("lot.number")).setAutoWidth(true);
        movements.addColumn(m -> m.getReason() == null ? "" : m.getReason()).setHeader(getTranslation("movement.reason"))
                .setFlexGrow(1);
        movements.addColumn(StockMovement::getRecordedBy).setHeader(getTranslation("movement.recordedBy")).setAutoWidth(true);
        movements.setItemsPageable(pageable -> stockService.movements(site.id(), row.itemId(), pageable).getContent());
        movements.setHeight("24em");

        add(new H3(getTranslation("lot.title")), lots, new H3(getTranslation("movement.title")), movements);

        Button close = new Button(getTranslation("action.close"), e -> close());
        if (canWrite) {
            Button edit = new Button(getTranslation("item.edit"), VaadinIcon.EDIT.create(), e -> {
                close();
                onEdit.accept(stockService.item(site.id(), row.itemId()));
            });
            edit.setId("edit-item");
            Button record = new Button(getTranslation("movement.record"), VaadinIcon.EXCHANGE.create(), e -> {
                close();
                onRecord.accept(stockService.item(site.id(), row.itemId()));
            });
            record.setId("record-item-movement");
            getFooter().add(edit, record);
        }
        getFooter().add(close);
    }
}
