package org.dcrconsole.site.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.site.Booth;
import org.dcrconsole.site.BoothKind;

/** The fields of a booth: label, kind, wheelchair access, in service. */
final class BoothForm extends Composite<FormLayout> {

    private final BeanValidationBinder<Booth> binder = new BeanValidationBinder<>(Booth.class);
    final TextField label = new TextField();
    final Select<BoothKind> kind = new Select<>();
    final Checkbox wheelchair = new Checkbox();
    final Checkbox inService = new Checkbox();

    BoothForm() {
        label.setLabel(getTranslation("booth.label"));
        label.setMaxLength(Booth.LABEL_MAX);
        kind.setLabel(getTranslation("booth.kind"));
        kind.setItems(BoothKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("enum.BoothKind." + k.name()));
        wheelchair.setLabel(getTranslation("booth.wheelchair"));
        inService.setLabel(getTranslation("booth.inService"));
        binder.forField(label).asRequired(getTranslation("validation.required")).bind("label");
        binder.forField(kind).asRequired(getTranslation("validation.required")).bind("kind");
        binder.forField(wheelchair).bind("wheelchairAccessible");
        binder.forField(inService).bind("inService");
        getContent().add(label, kind, wheelchair, inService);
    }

    void read(Booth booth) {
        binder.readBean(booth);
    }

    boolean write(Booth booth) {
        return binder.writeBeanIfValid(booth);
    }

    void register(FormDialog dialog) {
        dialog.field("label", label).field("kind", kind);
    }
}
