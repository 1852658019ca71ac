package org.dcrconsole.stock.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.stock.Item;
import org.dcrconsole.stock.LotStock;
import org.dcrconsole.stock.StockService;
import org.dcrconsole.stock.TransferOrder;
import org.dcrconsole.stock.TransferRequest;
import org.dcrconsole.stock.TransferService;
import org.jspecify.annotations.Nullable;

/**
 * Drafts a transfer: the receiving site, a note, and lines of items (with a code) and quantities,
 * each optionally from a chosen lot. Saving drafts it; nothing moves until it is sent.
 */
class TransferDialog extends VerticalLayout {

    /** A line as the sender adds it, with what the grid shows. */
    record DraftLine(Item item, @Nullable LotStock lot, int quantity) {
    }

    final Select<Long> destination = new Select<>();
    final TextField note = new TextField();
    final ComboBox<Item> item = new ComboBox<>();
    final ComboBox<LotStock> lot = new ComboBox<>();
    final IntegerField quantity = new IntegerField();
    final Button addLine = new Button();
    final Grid<DraftLine> lines = new Grid<>();
    private final List<DraftLine> drafted = new ArrayList<>();
    private final FormDialog dialog;

    TransferDialog(TransferService transferService, StockService stockService, SiteInfo site, LongConsumer onSaved) {
        Map<Long, String> sites = transferService.destinations(site.id());
        destination.setId("transfer-destination");
        destination.setLabel(getTranslation("transfer.toSite"));
        destination.setItems(sites.keySet());
        destination.setItemLabelGenerator(sites::get);
        note.setId("transfer-note");
        note.setLabel(getTranslation("transfer.note"));
        note.setMaxLength(TransferOrder.NOTE_MAX);
        item.setId("transfer-item");
        item.setLabel(getTranslation("movement.item"));
        item.setItems(stockService.items(site.id()).stream().filter(Item::isActive).filter(i -> i.getCode() != null)
                .toList());
        item.setItemLabelGenerator(i -> i.getName() + " · " + i.getCode());
        item.setHelperText(getTranslation("transfer.item.help"));
        lot.setId("transfer-lot");
        lot.setLabel(getTranslation("lot.title"));
        lot.setClearButtonVisible(true);
        lot.setHelperText(getTranslation("movement.lot.help"));
        lot.setItemLabelGenerator(l -> l.lotNumber() + " · " + StockFormat.date(l.expiryDate(), getLocale())
                + " · " + l.quantity());
        lot.setVisible(false);
        item.addValueChangeListener(e -> {
            lot.clear();
            boolean tracked = e.getValue() != null && e.getValue().isLotTracked();
            lot.setItems(tracked ? stockService.lots(site.id(), e.getValue().getId()) : List.of());
            lot.setVisible(tracked);
        });
        quantity.setId("transfer-quantity");
        quantity.setLabel(getTranslation("movement.quantity"));
        quantity.setMin(1);
        addLine.setText(getTranslation("transfer.addLine"));
        addLine.setIcon(VaadinIcon.PLUS.create());
        addLine.setId("transfer-add-line");
        addLine.addClickListener(e -> add());

        lines.setId("transfer-draft-lines");
        lines.addColumn(l -> l.item().getName()).setHeader(getTranslation("movement.item")).setAutoWidth(true);
        lines.addColumn(l -> l.lot() == null ? getTranslation("transfer.fefo") : l.lot().lotNumber())
                .setHeader(getTranslation("lot.title")).setAutoWidth(true);
        lines.addColumn(DraftLine::quantity).setHeader(getTranslation("movement.quantity")).setAutoWidth(true);
        lines.addComponentColumn(l -> {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                drafted.remove(l);
                lines.setItems(drafted);
            });
            remove.setAriaLabel(getTranslation("transfer.removeLine"));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        lines.setAllRowsVisible(true);

        FormLayout head = new FormLayout(destination, note);
        HorizontalLayout lineEditor = new HorizontalLayout(item, lot, quantity, addLine);
        lineEditor.setAlignItems(FlexComponent.Alignment.BASELINE);
        lineEditor.setWrap(true);
        add(head, lineEditor, lines);
        setPadding(false);

        dialog = new FormDialog(getTranslation("transfer.new"), this, () -> {
            if (destination.getValue() == null) {
                destination.setInvalid(true);
                destination.setErrorMessage(getTranslation("validation.required"));
                return false;
            }
            if (drafted.isEmpty() && item.getValue() != null && quantity.getValue() != null) {
                add();
            }
            List<TransferRequest.Line> request = drafted.stream().map(l -> new TransferRequest.Line(l.item().getId(),
                    l.lot() == null ? null : l.lot().lotId(), l.quantity())).toList();
            long id = transferService.draft(site.id(), new TransferRequest(destination.getValue(), note.getValue(),
                    request));
            Notifications.success(getTranslation("transfer.drafted", id));
            onSaved.accept(id);
            return true;
        });
        dialog.setId("transfer-dialog");
        dialog.setWidth("52em");
        dialog.getSaveButton().setText(getTranslation("transfer.saveDraft"));
        dialog.field("toSiteId", destination).field("note", note).field("itemId", item).field("quantity", quantity)
                .field("lotId", lot).field("lines", item);
    }

    void open() {
        dialog.open();
    }

    /** Moves the line being edited into the list; refuses an incomplete line at its field. */
    private void add() {
        boolean ok = true;
        if (item.getValue() == null) {
            item.setInvalid(true);
            item.setErrorMessage(getTranslation("validation.required"));
            ok = false;
        }
        if (quantity.getValue() == null || quantity.getValue() <= 0) {
            quantity.setInvalid(true);
            quantity.setErrorMessage(getTranslation("movement.error.quantity"));
            ok = false;
        }
        if (!ok) {
            return;
        }
        drafted.removeIf(l -> l.item().getId().equals(item.getValue().getId()));
        drafted.add(new DraftLine(item.getValue(), lot.getValue(), quantity.getValue()));
        lines.setItems(drafted);
        item.clear();
        quantity.clear();
        item.setInvalid(false);
        quantity.setInvalid(false);
    }
}
