package org.dcrconsole.stock.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.dcrconsole.base.ui.Pickers;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.stock.Item;
import org.dcrconsole.stock.LotStock;
import org.dcrconsole.stock.MovementKind;
import org.dcrconsole.stock.MovementRequest;
import org.dcrconsole.stock.StockMovement;
import org.dcrconsole.stock.StockService;
import org.jspecify.annotations.Nullable;

/**
 * Records one movement: a receipt (with lot and expiry for lot-tracked items), use on site,
 * waste, or a count adjustment with its reason (transfers are orders: {@link TransfersPanel}). The fields shown
 * follow the kind and the item.
 */
class MovementDialog extends FormLayout {

    static final List<MovementKind> KINDS = List.of(MovementKind.RECEIPT, MovementKind.USE, MovementKind.WASTE,
            MovementKind.ADJUSTMENT);

    final ComboBox<Item> item = new ComboBox<>();
    final Select<MovementKind> kind = new Select<>();
    final IntegerField quantity = new IntegerField();
    final ComboBox<LotStock> lot = new ComboBox<>();
    final TextField lotNumber = new TextField();
    final DatePicker expiry = Pickers.date();
    final TextField reason = new TextField();

    private final FormDialog dialog;

    MovementDialog(StockService stockService, SiteInfo site, @Nullable Item preset,
                   Runnable onSaved) {
        FormLayout form = this;
        item.setId("movement-item");
        item.setLabel(getTranslation("movement.item"));
        item.setItems(stockService.items(site.id()).stream().filter(Item::isActive).toList());
        item.setItemLabelGenerator(Item::getName);
        item.setRequired(true);
        kind.setId("movement-kind");
        kind.setLabel(getTranslation("movement.kind"));
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(Labels::of);
        kind.setValue(MovementKind.RECEIPT);
        quantity.setId("movement-quantity");
        quantity.setLabel(getTranslation("movement.quantity"));
        lot.setId("movement-lot");
        lot.setLabel(getTranslation("lot.title"));
        lot.setItemLabelGenerator(l -> l.lotNumber() + " · " + StockFormat.date(l.expiryDate(), getLocale())
                + " · " + l.quantity());
        lot.setClearButtonVisible(true);
        lot.setHelperText(getTranslation("movement.lot.help"));
        lotNumber.setId("movement-lot-number");
        lotNumber.setLabel(getTranslation("lot.number"));
        expiry.setId("movement-expiry");
        expiry.setLabel(getTranslation("lot.expiry"));
        reason.setId("movement-reason");
        reason.setLabel(getTranslation("movement.reason"));
        reason.setMaxLength(StockMovement.REASON_MAX);
        form.add(item, kind, quantity, lot, lotNumber, expiry, reason);

        item.addValueChangeListener(e -> {
            lot.clear();
            lot.setItems(e.getValue() == null || !e.getValue().isLotTracked() ? List.of()
                    : stockService.lots(site.id(), e.getValue().getId()));
            adapt();
        });
        kind.addValueChangeListener(e -> adapt());
        if (preset != null) {
            item.setValue(preset);
        }
        adapt();

        dialog = new FormDialog(getTranslation("movement.record"), this, () -> save(stockService, site, onSaved));
        dialog.setId("movement-dialog");
        dialog.setWidth("40em");
        dialog.field("itemId", item).field("quantity", quantity).field("lotId", lot).field("lotNumber", lotNumber)
                .field("expiryDate", expiry).field("reason", reason);
    }

    void open() {
        dialog.open();
    }

    private boolean save(StockService stockService, SiteInfo site, Runnable onSaved) {
            if (item.getValue() == null || quantity.getValue() == null) {
                if (item.getValue() == null) {
                    item.setInvalid(true);
                    item.setErrorMessage(getTranslation("validation.required"));
                }
                if (quantity.getValue() == null) {
                    quantity.setInvalid(true);
                    quantity.setErrorMessage(getTranslation("validation.required"));
                }
                return false;
            }
            MovementRequest request = new MovementRequest(item.getValue().getId(), kind.getValue(), quantity.getValue(),
                    lot.isVisible() && lot.getValue() != null ? lot.getValue().lotId() : null,
                    lotNumber.isVisible() ? lotNumber.getValue() : null, expiry.isVisible() ? expiry.getValue() : null,
                    reason.getValue(), null);
            stockService.record(site.id(), request);
            Notifications.success(getTranslation("movement.recorded"));
            onSaved.run();
            return true;
    }

    private void adapt() {
        MovementKind k = kind.getValue();
        boolean tracked = item.getValue() != null && item.getValue().isLotTracked();
        lotNumber.setVisible(tracked && k == MovementKind.RECEIPT);
        expiry.setVisible(tracked && k == MovementKind.RECEIPT);
        lot.setVisible(tracked && k != MovementKind.RECEIPT);
        reason.setRequiredIndicatorVisible(k == MovementKind.ADJUSTMENT);
        quantity.setHelperText(k == MovementKind.ADJUSTMENT ? getTranslation("movement.quantity.adjustHelp") : null);
        quantity.setMin(k == MovementKind.ADJUSTMENT ? Integer.MIN_VALUE : 1);
    }
}
