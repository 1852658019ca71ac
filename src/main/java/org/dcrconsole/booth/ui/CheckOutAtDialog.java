package org.dcrconsole.booth.ui;

import org.dcrconsole.base.ui.Pickers;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.booth.CheckOut;
import org.dcrconsole.booth.Visit;
import org.dcrconsole.booth.VisitCorrectionService;

/** A forgotten check-out, at the time the client really left (between the start and now). SUPERVISOR. */
public final class CheckOutAtDialog {

    private CheckOutAtDialog() {
    }

    /**
     * @param visitLabel how people know the visit (alias and booth), for the title
     * @param zone       the site's time zone
     * @param onDone     runs after the check-out was saved
     */
    public static FormDialog open(VisitCorrectionService corrections, long siteId, long visitId, String visitLabel,
                                  ZoneId zone, Runnable onDone) {
        DateTimePicker at = Pickers.dateTime();
        at.setLabel(Labels.t("correction.checkOut.at"));
        at.setId("checkout-at");
        at.setRequiredIndicatorVisible(true);
        at.setValue(CorrectVisitDialog.local(Instant.now(), zone));
        IntegerField syringes = new IntegerField(Labels.t("checkout.syringesReturned"));
        syringes.setId("checkout-at-syringes");
        syringes.setMin(0);
        syringes.setMax(Visit.SYRINGES_RETURNED_MAX);
        syringes.setStepButtonsVisible(true);
        TextArea reason = ReasonField.create();
        FormLayout form = new FormLayout(at, syringes, reason);
        form.setColspan(reason, 2);
        FormDialog dialog = new FormDialog(Labels.t("correction.checkOut.title", visitLabel), form, () -> {
            LocalDateTime value = at.getValue();
            if (value == null) {
                throw new BusinessException("endedAt", "validation.required");
            }
            corrections.checkOutAt(siteId, visitId, value.atZone(zone).toInstant(),
                    new CheckOut(syringes.getValue(), false, Set.of()), reason.getValue());
            Notifications.success(Labels.t("correction.checkOut.done"));
            onDone.run();
            return true;
        });
        dialog.field("endedAt", at).field("syringesReturned", syringes).field("reason", reason);
        dialog.setId("checkout-at-dialog");
        dialog.getSaveButton().setText(Labels.t("correction.checkOut"));
        dialog.getSaveButton().setId("checkout-at-submit");
        dialog.open();
        return dialog;
    }
}
