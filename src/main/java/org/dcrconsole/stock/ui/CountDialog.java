package org.dcrconsole.stock.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.stock.CountEntry;
import org.dcrconsole.stock.LotStock;
import org.dcrconsole.stock.StockCount;
import org.dcrconsole.stock.StockService;

/**
 * A stock count: the count sheet lists every item (lot by lot where tracked) with what the ledger
 * holds; the keeper enters what is on the shelf, and the differences post as adjustments at once.
 * Lines left empty are not counted.
 */
final class CountDialog {

    private final FormDialog dialog;
    final Map<LotStock, IntegerField> counted = new LinkedHashMap<>();

    CountDialog(StockService stockService, SiteInfo site, Runnable onSaved) {
        List<LotStock> sheet = stockService.countSheet(site.id());
        Grid<LotStock> grid = new Grid<>();
        grid.setId("count-grid");
        grid.addColumn(LotStock::itemName).setHeader(Labels.t("item.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(l -> l.lotNumber() == null ? "" : l.lotNumber() + " · " + StockFormat.date(l.expiryDate(),
                Labels.locale())).setHeader(Labels.t("lot.title")).setAutoWidth(true);
        grid.addColumn(LotStock::quantity).setHeader(Labels.t("count.expected")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        for (LotStock line : sheet) {
            IntegerField field = new IntegerField();
            field.setMin(0);
            field.setWidth("7em");
            field.setAriaLabel(Labels.t("count.counted") + " " + line.itemName());
            counted.put(line, field);
        }
        grid.addComponentColumn(counted::get).setHeader(Labels.t("count.counted")).setAutoWidth(true);
        grid.setItems(sheet);
        grid.setHeight("28em");
        TextField note = new TextField(Labels.t("count.note"));
        note.setId("count-note");
        note.setMaxLength(StockCount.NOTE_MAX);
        note.setWidthFull();
        VerticalLayout body = new VerticalLayout(grid, note);
        body.setPadding(false);
        dialog = new FormDialog(Labels.t("count.title"), body, () -> {
            List<CountEntry> entries = new ArrayList<>();
            counted.forEach((line, field) -> {
                if (field.getValue() != null) {
                    entries.add(new CountEntry(line.itemId(), line.lotId(), field.getValue()));
                }
            });
            if (entries.isEmpty()) {
                Notifications.warning(Labels.t("count.nothingCounted"));
                return false;
            }
            StockCount count = stockService.postCount(site.id(), entries, note.getValue());
            long changed = count.getLines().stream().filter(l -> l.getCounted() != l.getExpected()).count();
            Notifications.success(Labels.t("count.posted", changed));
            onSaved.run();
            return true;
        });
        dialog.setId("count-dialog");
        dialog.setWidth("56em");
    }

    void open() {
        dialog.open();
    }
}
