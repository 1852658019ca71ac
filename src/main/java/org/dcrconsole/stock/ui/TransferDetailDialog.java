package org.dcrconsole.stock.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.stock.StockMovement;
import org.dcrconsole.stock.TransferDetail;
import org.dcrconsole.stock.TransferLine;
import org.dcrconsole.stock.TransferReceipt;
import org.dcrconsole.stock.TransferService;
import org.dcrconsole.stock.TransferStatus;
import org.dcrconsole.stock.TransferSummary;

/**
 * One transfer as the current site sees it. The sender sends or cancels a draft; the receiver
 * confirms a sent transfer line by line (what arrived whole, and why the rest did not); anyone
 * else reads it.
 */
class TransferDetailDialog extends VerticalLayout {

    final Map<Long, IntegerField> received = new LinkedHashMap<>();
    final Map<Long, TextField> reasons = new LinkedHashMap<>();
    final Checkbox createMissing = new Checkbox();
    private final FormDialog dialog;

    TransferDetailDialog(TransferService service, SiteInfo site, long transferId, boolean canWrite,
                         Map<Long, String> siteNames, Runnable onChanged) {
        TransferDetail detail = service.transfer(site.id(), transferId);
        TransferSummary t = detail.summary();
        boolean sender = t.fromSiteId() == site.id();
        boolean receiving = canWrite && !sender && t.status() == TransferStatus.SENT;
        boolean drafting = canWrite && sender && t.status() == TransferStatus.DRAFT;
        setPadding(false);
        add(new Paragraph(getTranslation("transfer.route", siteNames.getOrDefault(t.fromSiteId(), "?"),
                siteNames.getOrDefault(t.toSiteId(), "?"), Labels.of(t.status()))));
        if (t.note() != null) {
            add(new Paragraph(t.note()));
        }
        if (receiving) {
            add(receiptForm(detail));
        } else {
            add(linesGrid(detail.lines()));
        }
        if (!detail.missingAtReceiver().isEmpty() && t.status() != TransferStatus.RECEIVED) {
            Paragraph missing = new Paragraph(getTranslation("transfer.missingAtReceiver",
                    String.join(", ", detail.missingAtReceiver())));
            missing.setId("transfer-missing");
            add(missing);
            if (receiving) {
                createMissing.setId("transfer-create-missing");
                createMissing.setLabel(getTranslation("transfer.createMissing"));
                add(createMissing);
            }
        }

        dialog = new FormDialog(getTranslation("transfer.title", t.id()), this, () -> {
            if (drafting) {
                service.send(site.id(), transferId);
                Notifications.success(getTranslation("transfer.sent", transferId));
            } else if (receiving) {
                List<TransferReceipt> receipts = new ArrayList<>();
                for (Map.Entry<Long, IntegerField> e : received.entrySet()) {
                    if (e.getValue().getValue() == null) {
                        e.getValue().setInvalid(true);
                        e.getValue().setErrorMessage(getTranslation("validation.required"));
                        return false;
                    }
                    receipts.add(new TransferReceipt(e.getKey(), e.getValue().getValue(),
                            reasons.get(e.getKey()).getValue()));
                }
                service.receive(site.id(), transferId, receipts, createMissing.getValue());
                Notifications.success(getTranslation("transfer.received", transferId));
            } else {
                return true;
            }
            onChanged.run();
            return true;
        });
        dialog.setId("transfer-detail");
        dialog.setWidth("56em");
        received.forEach((id, f) -> dialog.field(TransferReceipt.field("received", id), f));
        reasons.forEach((id, f) -> dialog.field(TransferReceipt.field("reason", id), f));
        Button save = dialog.getSaveButton();
        if (drafting) {
            save.setText(getTranslation("transfer.send"));
            save.setId("transfer-send");
            Button cancel = new Button(getTranslation("transfer.cancel"), e -> {
                try {
                    service.cancel(site.id(), transferId);
                    Notifications.success(getTranslation("transfer.cancelled", transferId));
                    onChanged.run();
                    dialog.close();
                } catch (BusinessException ex) {
                    Notifications.error(getTranslation(ex.messageKey(), ex.args()));
                }
            });
            cancel.setId("transfer-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.getFooter().addComponentAsFirst(cancel);
        } else if (receiving) {
            save.setText(getTranslation("transfer.receive"));
            save.setId("transfer-receive");
        } else {
            save.setVisible(false);
        }
    }

    void open() {
        dialog.open();
    }

    private VerticalLayout receiptForm(TransferDetail detail) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        for (TransferLine line : detail.lines()) {
            IntegerField got = new IntegerField(lineLabel(line));
            got.setId("transfer-received-" + line.getLineNo());
            got.setMin(0);
            got.setMax(line.getQuantity());
            got.setValue(line.getQuantity());
            got.setHelperText(getTranslation("transfer.sentQuantity", line.getQuantity()));
            TextField reason = new TextField(getTranslation("transfer.lossReason"));
            reason.setId("transfer-reason-" + line.getLineNo());
            reason.setMaxLength(StockMovement.REASON_MAX);
            reason.setEnabled(false);
            got.addValueChangeListener(e -> reason.setEnabled(e.getValue() != null && e.getValue() < line.getQuantity()));
            received.put(line.getId(), got);
            reasons.put(line.getId(), reason);
            HorizontalLayout row = new HorizontalLayout(got, reason);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.add(row);
        }
        return form;
    }

    private String lineLabel(TransferLine line) {
        return line.getLotNumber() == null ? line.getItemName()
                : line.getItemName() + " · " + line.getLotNumber() + " · " + StockFormat.date(line.getExpiryDate(),
                getLocale());
    }

    private Grid<TransferLine> linesGrid(List<TransferLine> lines) {
        Grid<TransferLine> grid = new Grid<>();
        grid.setId("transfer-lines");
        grid.addColumn(TransferLine::getItemName).setHeader(getTranslation("movement.item")).setAutoWidth(true);
        grid.addColumn(TransferLine::getItemCode).setHeader(getTranslation("item.code")).setAutoWidth(true);
        grid.addColumn(l -> l.getLotNumber() == null ? "" : l.getLotNumber()).setHeader(getTranslation("lot.title"))
                .setAutoWidth(true);
        grid.addColumn(l -> StockFormat.date(l.getExpiryDate(), getLocale())).setHeader(getTranslation("lot.expiry"))
                .setAutoWidth(true);
        grid.addColumn(TransferLine::getQuantity).setHeader(getTranslation("movement.quantity"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(l -> l.getReceivedQuantity() == null ? "" : String.valueOf(l.getReceivedQuantity()))
                .setHeader(getTranslation("transfer.receivedQuantity")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(l -> l.getLossReason() == null ? "" : l.getLossReason())
                .setHeader(getTranslation("transfer.lossReason")).setAutoWidth(true);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
