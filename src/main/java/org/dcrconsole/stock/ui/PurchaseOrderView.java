package org.dcrconsole.stock.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dcrconsole.base.ui.Pickers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.ui.CurrentSite;
import org.dcrconsole.stock.Item;
import org.dcrconsole.stock.PurchaseOrder;
import org.dcrconsole.stock.PurchaseOrderDetail;
import org.dcrconsole.stock.PurchaseOrderService;
import org.dcrconsole.stock.PurchaseOrderStatus;
import org.dcrconsole.stock.ReceiptLine;
import org.dcrconsole.stock.StockService;

/**
 * One purchase order, laid out to print cleanly (the actions are hidden on paper): supplier,
 * dates and lines. Stock keepers edit a draft, place it, receive deliveries or cancel.
 */
@Route("purchase-orders/:orderId")
@RolesAllowed({Roles.STOCK_KEEPER, Roles.MANAGER})
public class PurchaseOrderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PurchaseOrderService orderService;
    private final StockService stockService;
    private final CurrentSite currentSite;
    private final boolean canWrite;
    private SiteInfo site;
    private long orderId;
    private PurchaseOrderDetail order;

    PurchaseOrderView(PurchaseOrderService orderService, StockService stockService, CurrentSite currentSite) {
        this.orderService = orderService;
        this.stockService = stockService;
        this.currentSite = currentSite;
        this.canWrite = CurrentUser.hasRole(Role.STOCK_KEEPER);
        setPadding(false);
        addClassNames("po-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SiteInfo> current = currentSite.get();
        Optional<Long> id = event.getRouteParameters().getLong("orderId");
        if (current.isEmpty() || id.isEmpty()) {
            event.forwardTo(PurchaseOrdersView.class);
            return;
        }
        site = current.get();
        orderId = id.get();
        try {
            render();
        } catch (BusinessException e) {
            Notifications.error(Labels.t(e.messageKey(), e.args()));
            event.forwardTo(PurchaseOrdersView.class);
        }
    }

    private void render() {
        order = orderService.order(site.id(), orderId);
        removeAll();
        add(new ViewToolbar(getTranslation("po.title", order.id()), actions().toArray(Component[]::new)));

        VerticalLayout body = new VerticalLayout();
        body.addClassNames("po-print");
        H2 heading = new H2(getTranslation("po.title", order.id()) + " · " + order.supplierName());
        Div facts = new Div();
        facts.addClassNames("po-facts");
        fact(facts, "po.status", Labels.of(order.status())).setId("po-status");
        fact(facts, "item.supplier", order.supplierName());
        if (order.supplierContact() != null) {
            fact(facts, "stock.supplier.contact", order.supplierContact());
        }
        fact(facts, "po.deliverTo", order.siteName());
        fact(facts, "po.createdAt", StockFormat.dateTime(order.createdAt(), site.zone(), getLocale()));
        if (order.orderedAt() != null) {
            fact(facts, "po.orderedAt", StockFormat.dateTime(order.orderedAt(), site.zone(), getLocale()));
        }
        if (order.expectedDate() != null) {
            fact(facts, "po.expected", StockFormat.date(order.expectedDate(), getLocale()));
        }
        if (order.note() != null) {
            fact(facts, "po.note", order.note());
        }
        body.add(heading, facts, linesTable());
        if (canWrite && order.status() == PurchaseOrderStatus.DRAFT) {
            body.add(addLineBar());
        }
        add(body);
    }

    private Span fact(Div facts, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassNames("po-fact-label");
        Span v = new Span(value);
        v.addClassNames("po-fact-value");
        facts.add(label, v);
        return v;
    }

    private NativeTable linesTable() {
        NativeTable table = new NativeTable();
        table.setId("po-lines");
        table.addClassNames("po-lines");
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of("item.name", "item.unit", "item.packSize", "po.packs", "po.ordered", "po.received",
                "po.open")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        boolean editable = canWrite && order.status() == PurchaseOrderStatus.DRAFT;
        if (editable) {
            head.addHeaderCell().addClassNames("print-hide");
        }
        for (PurchaseOrderDetail.Line l : order.lines()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(l.itemName());
            row.addDataCell().setText(Labels.of(l.unit()));
            row.addDataCell().setText(String.valueOf(l.packSize()));
            row.addDataCell().setText(String.valueOf((l.ordered() + l.packSize() - 1) / l.packSize()));
            row.addDataCell().setText(String.valueOf(l.ordered()));
            row.addDataCell().setText(String.valueOf(l.received()));
            row.addDataCell().setText(String.valueOf(l.open()));
            if (editable) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> act(() ->
                        orderService.setLine(site.id(), orderId, l.itemId(), 0)));
                remove.setAriaLabel(getTranslation("po.removeLine"));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                row.addDataCell().add(remove);
            }
        }
        if (order.lines().isEmpty()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(getTranslation("po.noLines"));
        }
        return table;
    }

    private HorizontalLayout addLineBar() {
        ComboBox<Item> item = new ComboBox<>(getTranslation("po.addItem"));
        item.setId("po-add-item");
        item.setItems(stockService.items(site.id()).stream().filter(Item::isActive).toList());
        item.setItemLabelGenerator(i -> i.getName() + " (" + i.getPackSize() + ")");
        IntegerField quantity = new IntegerField(getTranslation("po.ordered"));
        quantity.setId("po-add-quantity");
        quantity.setMin(1);
        item.addValueChangeListener(e -> {
            if (e.getValue() != null && quantity.isEmpty()) {
                quantity.setValue(e.getValue().getPackSize());
            }
        });
        Button add = new Button(getTranslation("po.addLine"), VaadinIcon.PLUS.create(), e -> {
            if (item.getValue() != null && quantity.getValue() != null) {
                act(() -> orderService.setLine(site.id(), orderId, item.getValue().getId(), quantity.getValue()));
            }
        });
        add.setId("po-add-line");
        HorizontalLayout bar = new HorizontalLayout(item, quantity, add);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassNames("print-hide");
        return bar;
    }

    private List<Component> actions() {
        List<Component> actions = new ArrayList<>();
        Button back = new Button(getTranslation("po.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(PurchaseOrdersView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(back);
        if (canWrite) {
            if (order.status() == PurchaseOrderStatus.DRAFT) {
                Button place = new Button(getTranslation("po.place"), VaadinIcon.PAPERPLANE.create(), e -> placeDialog());
                place.setId("po-place");
                place.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(place);
            }
            if (order.status().open()) {
                Button receive = new Button(getTranslation("po.receive"), VaadinIcon.INBOX.create(), e -> receiveDialog());
                receive.setId("po-receive");
                receive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(receive);
            }
            if (order.status() == PurchaseOrderStatus.DRAFT || order.status().open()) {
                Button cancel = new Button(getTranslation("po.cancel"), VaadinIcon.CLOSE_CIRCLE.create(),
                        e -> act(() -> orderService.cancel(site.id(), orderId)));
                cancel.setId("po-cancel");
                cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                actions.add(cancel);
            }
        }
        Button print = new Button(getTranslation("po.print"), VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("po-print");
        actions.add(print);
        long siteId = site.id();
        long id = orderId;
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = orderService.csv(siteId, id).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "purchase-order-" + id + ".csv",
                    "text/csv;charset=UTF-8", bytes.length);
        }), getTranslation("po.csv"));
        csv.setId("po-csv");
        actions.add(csv);
        return actions;
    }

    private void placeDialog() {
        DatePicker expected = Pickers.date(getTranslation("po.expected"));
        expected.setId("po-expected");
        TextField note = new TextField(getTranslation("po.note"));
        note.setMaxLength(PurchaseOrder.NOTE_MAX);
        FormDialog dialog = new FormDialog(getTranslation("po.place"), new FormLayout(expected, note), () -> {
            orderService.place(site.id(), orderId, expected.getValue(), note.getValue());
            Notifications.success(getTranslation("po.placed"));
            render();
            return true;
        });
        dialog.field("note", note);
        dialog.setId("po-place-dialog");
        dialog.open();
    }

    private void receiveDialog() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 4));
        Map<PurchaseOrderDetail.Line, Component[]> fields = new LinkedHashMap<>();
        for (PurchaseOrderDetail.Line l : order.lines()) {
            if (l.open() == 0) {
                continue;
            }
            Span name = new Span(l.itemName() + " · " + getTranslation("po.openUnits", l.open()));
            IntegerField quantity = new IntegerField(getTranslation("po.quantityReceived"));
            quantity.setMin(0);
            quantity.setMax(l.open());
            quantity.setValue(l.open());
            TextField lot = new TextField(getTranslation("lot.number"));
            DatePicker expiry = Pickers.date(getTranslation("lot.expiry"));
            lot.setVisible(l.lotTracked());
            expiry.setVisible(l.lotTracked());
            form.add(name, quantity, lot, expiry);
            fields.put(l, new Component[] {quantity, lot, expiry});
        }
        FormDialog dialog = new FormDialog(getTranslation("po.receive"), form, () -> {
            List<ReceiptLine> receipts = new ArrayList<>();
            fields.forEach((l, f) -> {
                Integer q = ((IntegerField) f[0]).getValue();
                if (q != null && q > 0) {
                    receipts.add(new ReceiptLine(l.lineId(), q,
                            l.lotTracked() ? ((TextField) f[1]).getValue() : null,
                            l.lotTracked() ? ((DatePicker) f[2]).getValue() : null));
                }
            });
            orderService.receive(site.id(), orderId, receipts);
            Notifications.success(getTranslation("po.receivedNotice"));
            render();
            return true;
        });
        dialog.setId("po-receive-dialog");
        dialog.setWidth("56em");
        dialog.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
            render();
        } catch (BusinessException e) {
            Notifications.error(Labels.t(e.messageKey(), e.args()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.purchaseOrders") + " · " + getTranslation("app.title");
    }
}
