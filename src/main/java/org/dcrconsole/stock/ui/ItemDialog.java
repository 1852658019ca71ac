package org.dcrconsole.stock.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Objects;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.supply.Supply;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.stock.Item;
import org.dcrconsole.stock.ItemCategory;
import org.dcrconsole.stock.ItemUnit;
import org.dcrconsole.stock.StockService;
import org.dcrconsole.stock.Supplier;

/** The edit dialogs of the catalogue: an item of the site, and a supplier of the network. */
final class ItemDialog {

    private ItemDialog() {
    }

    static FormDialog edit(StockService stockService, SiteInfo site, Item item, Runnable onSaved) {
        List<Supplier> suppliers = stockService.suppliers();
        BeanValidationBinder<Item> binder = new BeanValidationBinder<>(Item.class);
        TextField name = new TextField(Labels.t("item.name"));
        name.setId("item-name");
        name.setMaxLength(Item.NAME_MAX);
        TextField code = new TextField(Labels.t("item.code"));
        code.setId("item-code");
        code.setMaxLength(Item.CODE_MAX);
        code.setHelperText(Labels.t("item.code.help"));
        Select<ItemCategory> category = new Select<>();
        category.setLabel(Labels.t("item.category"));
        category.setItems(ItemCategory.values());
        category.setItemLabelGenerator(Labels::of);
        Select<ItemUnit> unit = new Select<>();
        unit.setLabel(Labels.t("item.unit"));
        unit.setItems(ItemUnit.values());
        unit.setItemLabelGenerator(Labels::of);
        IntegerField packSize = new IntegerField(Labels.t("item.packSize"));
        ComboBox<Supplier> supplier = new ComboBox<>(Labels.t("item.supplier"));
        supplier.setItems(suppliers);
        supplier.setItemLabelGenerator(Supplier::getName);
        supplier.setClearButtonVisible(true);
        IntegerField reorderPoint = new IntegerField(Labels.t("item.reorderPoint"));
        reorderPoint.setId("item-reorder-point");
        IntegerField targetLevel = new IntegerField(Labels.t("item.targetLevel"));
        targetLevel.setId("item-target-level");
        IntegerField leadTime = new IntegerField(Labels.t("item.leadTimeDays"));
        Checkbox lotTracked = new Checkbox(Labels.t("item.lotTracked"));
        ComboBox<Supply> supply = new ComboBox<>(Labels.t("item.supply"));
        supply.setItems(Supply.values());
        supply.setItemLabelGenerator(Labels::of);
        supply.setClearButtonVisible(true);
        supply.setHelperText(Labels.t("item.supply.help"));
        Checkbox active = new Checkbox(Labels.t("item.active"));

        String required = Labels.t("validation.required");
        binder.forField(name).asRequired(required).bind("name");
        binder.forField(code).bind(i -> i.getCode() == null ? "" : i.getCode(), Item::setCode);
        binder.forField(category).asRequired(required).bind("category");
        binder.forField(unit).asRequired(required).bind("unit");
        binder.forField(packSize).asRequired(required).bind("packSize");
        binder.forField(supplier).bind(i -> suppliers.stream().filter(s -> Objects.equals(s.getId(), i.getSupplierId()))
                .findFirst().orElse(null), (i, s) -> i.setSupplierId(s == null ? null : s.getId()));
        binder.forField(reorderPoint).asRequired(required).bind("reorderPoint");
        binder.forField(targetLevel).asRequired(required).bind("targetLevel");
        binder.forField(leadTime).asRequired(required).bind("leadTimeDays");
        binder.forField(lotTracked).bind("lotTracked");
        binder.forField(supply).bind("supply");
        binder.forField(active).bind("active");
        binder.readBean(item);

        FormLayout form = new FormLayout(name, code, category, unit, packSize, supplier, reorderPoint, targetLevel, leadTime,
                supply, lotTracked, active);
        FormDialog dialog = new FormDialog(Labels.t(item.isNew() ? "item.new" : "item.edit"), form, () -> {
            if (!binder.writeBeanIfValid(item)) {
                return false;
            }
            stockService.saveItem(site.id(), item);
            Notifications.success(Labels.t("notice.saved"));
            onSaved.run();
            return true;
        });
        dialog.field("name", name).field("code", code).field("supply", supply).field("targetLevel", targetLevel)
                .field("lotTracked", lotTracked).field("packSize", packSize).field("reorderPoint", reorderPoint)
                .field("leadTimeDays", leadTime);
        dialog.setId("item-dialog");
        dialog.setWidth("48em");
        dialog.open();
        return dialog;
    }

    static FormDialog editSupplier(StockService stockService, Supplier supplier, Runnable onSaved) {
        BeanValidationBinder<Supplier> binder = new BeanValidationBinder<>(Supplier.class);
        TextField name = new TextField(Labels.t("stock.supplier.name"));
        name.setId("supplier-name");
        name.setMaxLength(Supplier.NAME_MAX);
        TextField contact = new TextField(Labels.t("stock.supplier.contact"));
        contact.setMaxLength(Supplier.CONTACT_MAX);
        binder.forField(name).asRequired(Labels.t("validation.required")).bind("name");
        binder.forField(contact).withNullRepresentation("").bind("contact");
        binder.readBean(supplier);
        FormDialog dialog = new FormDialog(Labels.t(supplier.isNew() ? "stock.supplier.new" : "stock.supplier.edit"),
                new FormLayout(name, contact), () -> {
            if (!binder.writeBeanIfValid(supplier)) {
                return false;
            }
            stockService.saveSupplier(supplier);
            Notifications.success(Labels.t("notice.saved"));
            onSaved.run();
            return true;
        });
        dialog.field("name", name);
        dialog.setId("supplier-dialog");
        dialog.open();
        return dialog;
    }
}
