package org.dcrconsole.booth.ui;

import org.dcrconsole.base.ui.Pickers;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.supply.Supply;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.booth.ConsumptionRoute;
import org.dcrconsole.booth.Substance;
import org.dcrconsole.booth.VisitCorrectionRequest;
import org.dcrconsole.booth.VisitCorrectionService;
import org.dcrconsole.booth.VisitRow;
import org.jspecify.annotations.Nullable;

/**
 * Corrects a visit's client (by code), substances, route, supplies and times, starting from what
 * the visit holds; only what differs is changed, with one reason for all of it.
 */
public final class CorrectVisitDialog {

    private CorrectVisitDialog() {
    }

    /**
     * @param row    the visit as the history shows it ({@code VisitService.row(siteId, visitId)})
     * @param zone   the site's time zone, for the times
     * @param onDone runs after the correction was saved
     */
    public static FormDialog open(VisitCorrectionService corrections, long siteId, VisitRow row, ZoneId zone,
                                  Runnable onDone) {
        TextField code = new TextField(Labels.t("correction.correct.code"));
        code.setId("correct-code");
        code.setClearButtonVisible(true);
        CheckboxGroup<Substance> substances = new CheckboxGroup<>(Labels.t("visit.substances"));
        substances.setId("correct-substances");
        substances.setItems(Substance.values());
        substances.setItemLabelGenerator(Labels::of);
        substances.setValue(row.substances());
        ComboBox<ConsumptionRoute> route = new ComboBox<>(Labels.t("visit.route"));
        route.setId("correct-route");
        route.setItems(ConsumptionRoute.values());
        route.setItemLabelGenerator(Labels::of);
        route.setValue(row.route());
        SupplyFields supplies = new SupplyFields();
        supplies.setValues(row.supplies());
        DateTimePicker started = Pickers.dateTime();
        started.setLabel(Labels.t("correction.correct.started"));
        started.setId("correct-started");
        started.setValue(local(row.startedAt(), zone));
        DateTimePicker ended = Pickers.dateTime();
        ended.setLabel(Labels.t("correction.correct.ended"));
        ended.setId("correct-ended");
        ended.setVisible(row.endedAt() != null);
        if (row.endedAt() != null) {
            ended.setValue(local(row.endedAt(), zone));
        }
        TextArea reason = ReasonField.create();
        FormLayout form = new FormLayout(code, route, substances, started, ended, supplies, reason);
        form.setColspan(substances, 2);
        form.setColspan(supplies, 2);
        form.setColspan(reason, 2);
        FormDialog dialog = new FormDialog(Labels.t("correction.correct.title", row.alias() + " · " + row.boothLabel()), form,
                () -> {
                    Map<Supply, Integer> uncovered = corrections.correct(siteId, row.id(), new VisitCorrectionRequest(
                            code.getValue().isBlank() ? null : code.getValue(), substances.getValue(), route.getValue(),
                            supplies.values(), changed(started.getValue(), row.startedAt(), zone),
                            row.endedAt() == null ? null : changed(ended.getValue(), row.endedAt(), zone),
                            reason.getValue()));
                    Notifications.success(Labels.t("correction.correct.done"));
                    UncoveredNote.show(uncovered);
                    onDone.run();
                    return true;
                });
        dialog.field("code", code).field("substances", substances).field("route", route)
                .field("startedAt", started).field("endedAt", ended).field("reason", reason);
        supplies.fields().forEach((supply, field) -> dialog.field(supply.name(), field));
        dialog.setId("correct-dialog");
        dialog.setWidth("44em");
        dialog.getSaveButton().setText(Labels.t("correction.correct"));
        dialog.getSaveButton().setId("correct-submit");
        dialog.open();
        return dialog;
    }

    /** The picker shows minutes: a time left at its shown minute is no change (the stored one keeps its seconds). */
    private static @Nullable Instant changed(@Nullable LocalDateTime shown, Instant stored, ZoneId zone) {
        if (shown == null || shown.truncatedTo(ChronoUnit.MINUTES).equals(local(stored, zone))) {
            return null;
        }
        return shown.atZone(zone).toInstant();
    }

    static LocalDateTime local(Instant at, ZoneId zone) {
        return LocalDateTime.ofInstant(at, zone).truncatedTo(ChronoUnit.MINUTES);
    }
}
