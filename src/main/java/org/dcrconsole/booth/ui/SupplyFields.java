package org.dcrconsole.booth.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.EnumMap;
import java.util.Map;
import org.dcrconsole.base.supply.Supply;
import org.dcrconsole.booth.ConsumptionRoute;
import org.dcrconsole.booth.Visit;

/** One whole-number field with +/- per kind of supply, pre-filled with what a route usually needs. */
final class SupplyFields extends Composite<FormLayout> {

    private final Map<Supply, IntegerField> fields = new EnumMap<>(Supply.class);

    SupplyFields() {
        FormLayout layout = getContent();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("30em", 5));
        for (Supply supply : Supply.values()) {
            IntegerField field = new IntegerField(getTranslation("checkin.supply." + supply.name()));
            field.setId("supply-" + supply.name());
            field.setMin(0);
            field.setMax(Visit.SUPPLY_MAX);
            field.setStep(1);
            field.setStepButtonsVisible(true);
            field.setValue(0);
            fields.put(supply, field);
            layout.add(field);
        }
    }

    /** The usual kit of a route: an injection kit, or foil for inhalation. */
    void applyDefaults(ConsumptionRoute route) {
        fields.values().forEach(f -> f.setValue(0));
        if (route == ConsumptionRoute.INJECTION) {
            fields.get(Supply.SYRINGE_2ML).setValue(1);
            fields.get(Supply.NEEDLE).setValue(1);
            fields.get(Supply.FILTER).setValue(1);
            fields.get(Supply.COOKER).setValue(1);
            fields.get(Supply.ALCOHOL_SWAB).setValue(1);
            fields.get(Supply.STERILE_WATER).setValue(1);
        } else if (route == ConsumptionRoute.INHALATION) {
            fields.get(Supply.FOIL).setValue(1);
        }
    }

    /** Shows what a visit already holds (a correction starts from it). */
    void setValues(Map<Supply, Integer> values) {
        fields.forEach((supply, field) -> field.setValue(values.getOrDefault(supply, 0)));
    }

    Map<Supply, Integer> values() {
        Map<Supply, Integer> values = new EnumMap<>(Supply.class);
        fields.forEach((supply, field) -> values.put(supply, field.getValue() == null ? 0 : field.getValue()));
        return values;
    }

    IntegerField field(Supply supply) {
        return fields.get(supply);
    }

    Map<Supply, IntegerField> fields() {
        return fields;
    }
}
