package org.dcrconsole.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.dcrconsole.base.ui.Pickers;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.incident.NaloxoneRoute;
import org.dcrconsole.incident.Outcome;
import org.dcrconsole.incident.ResponseStep;
import org.dcrconsole.incident.ResponseStepKind;
import org.dcrconsole.incident.StepInput;

/** Corrects a stamped step afterwards: its time to the second, dose, vitals, outcome, note. */
class StepDialog extends FormDialog {

    StepDialog(ResponseStep step, ZoneId zone, Consumer<StepInput> onSave, Runnable onRemove) {
        this(step, zone, new Fields(), onSave, onRemove);
    }

    private StepDialog(ResponseStep step, ZoneId zone, Fields f, Consumer<StepInput> onSave, Runnable onRemove) {
        super(f.title(step), f.layout(step), () -> {
            if (f.at.getValue() == null) {
                f.at.setInvalid(true);
                return false;
            }
            onSave.accept(new StepInput(step.getKind(), f.at.getValue().atZone(zone).toInstant(), f.dose.getValue(),
                    f.route.getValue(), f.rr.getValue(), f.spo2.getValue(), f.gcs.getValue(), f.outcome.getValue(),
                    f.note.getValue()));
            return true;
        });
        setId("step-dialog");
        f.at.setValue(LocalDateTime.ofInstant(step.getAt(), zone));
        f.dose.setValue(step.getNaloxoneDoseMg());
        f.route.setValue(step.getNaloxoneRoute());
        f.rr.setValue(step.getRespiratoryRate());
        f.spo2.setValue(step.getSpo2());
        f.gcs.setValue(step.getGcs());
        f.outcome.setValue(step.getOutcome());
        f.note.setValue(step.getNote() == null ? "" : step.getNote());
        field("at", f.at).field("naloxoneDoseMg", f.dose).field("respiratoryRate", f.rr).field("spo2", f.spo2)
                .field("gcs", f.gcs).field("outcome", f.outcome).field("note", f.note);
        Button remove = new Button(getTranslation("response.remove"), e -> {
            onRemove.run();
            close();
        });
        remove.setId("step-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        getFooter().addComponentAsFirst(remove);
    }

    /** The dialog's fields, made before the super constructor needs the layout. */
    private static final class Fields {
        final DateTimePicker at = Pickers.dateTime();
        final BigDecimalField dose = new BigDecimalField();
        final Select<NaloxoneRoute> route = new Select<>();
        final IntegerField rr = new IntegerField();
        final IntegerField spo2 = new IntegerField();
        final IntegerField gcs = new IntegerField();
        final Select<Outcome> outcome = new Select<>();
        final TextField note = new TextField();

        String title(ResponseStep step) {
            return Labels.t("response.edit") + ": " + Labels.of(step.getKind());
        }

        FormLayout layout(ResponseStep step) {
            at.setId("step-at");
            at.setLabel(Labels.t("response.at"));
            at.setStep(Duration.ofSeconds(1));
            dose.setId("step-dose");
            dose.setLabel(Labels.t("response.dose"));
            route.setId("step-route");
            route.setLabel(Labels.t("response.route"));
            route.setItems(NaloxoneRoute.values());
            route.setItemLabelGenerator(Labels::of);
            rr.setId("step-rr");
            rr.setLabel(Labels.t("response.rr"));
            spo2.setId("step-spo2");
            spo2.setLabel(Labels.t("response.spo2"));
            gcs.setId("step-gcs");
            gcs.setLabel(Labels.t("response.gcs"));
            outcome.setId("step-outcome");
            outcome.setLabel(Labels.t("response.outcome"));
            outcome.setItems(Outcome.values());
            outcome.setItemLabelGenerator(Labels::of);
            note.setId("step-note");
            note.setLabel(Labels.t("response.note"));
            note.setMaxLength(ResponseStep.NOTE_MAX);
            boolean naloxone = step.getKind() == ResponseStepKind.NALOXONE;
            dose.setVisible(naloxone);
            route.setVisible(naloxone);
            outcome.setVisible(step.getKind() == ResponseStepKind.OUTCOME);
            return new FormLayout(at, dose, route, rr, spo2, gcs, outcome, note);
        }
    }
}
