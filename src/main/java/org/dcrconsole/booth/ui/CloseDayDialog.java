package org.dcrconsole.booth.ui;

import org.dcrconsole.base.ui.Pickers;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.ZoneId;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.booth.VisitCorrectionService;

/** Closes the day: every open visit of the site checked out at the time the supervisor states. */
public final class CloseDayDialog {

    private CloseDayDialog() {
    }

    /**
     * @param zone   the site's time zone
     * @param onDone runs after the visits were checked out
     */
    public static FormDialog open(VisitCorrectionService corrections, long siteId, ZoneId zone, Runnable onDone) {
        DateTimePicker at = Pickers.dateTime();
        at.setLabel(Labels.t("correction.closeDay.at"));
        at.setId("close-day-at");
        at.setRequiredIndicatorVisible(true);
        at.setValue(CorrectVisitDialog.local(Instant.now(), zone));
        TextArea reason = ReasonField.create();
        VerticalLayout form = new VerticalLayout(new Paragraph(Labels.t("correction.closeDay.help")), at, reason);
        form.setPadding(false);
        FormDialog dialog = new FormDialog(Labels.t("correction.closeDay.title"), form, () -> {
            if (at.getValue() == null) {
                throw new BusinessException("endedAt", "validation.required");
            }
            int n = corrections.closeDay(siteId, at.getValue().atZone(zone).toInstant(), reason.getValue());
            Notifications.success(Labels.t("correction.closeDay.done", n));
            onDone.run();
            return true;
        });
        dialog.field("endedAt", at).field("reason", reason);
        dialog.setId("close-day-dialog");
        dialog.getSaveButton().setText(Labels.t("correction.closeDay"));
        dialog.getSaveButton().setId("close-day-submit");
        dialog.open();
        return dialog;
    }
}
