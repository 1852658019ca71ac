package org.dcrconsole.booth.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.booth.VisitCorrectionService;

/** Voids a mistaken check-in, with a reason. */
public final class VoidVisitDialog {

    private VoidVisitDialog() {
    }

    /**
     * @param visitLabel how people know the visit (alias and booth), for the title
     * @param onDone     runs after the visit was voided (refresh the caller's view)
     */
    public static FormDialog open(VisitCorrectionService corrections, long siteId, long visitId, String visitLabel,
                                  Runnable onDone) {
        TextArea reason = ReasonField.create();
        VerticalLayout form = new VerticalLayout(new Paragraph(Labels.t("correction.void.help")), reason);
        form.setPadding(false);
        FormDialog dialog = new FormDialog(Labels.t("correction.void.title", visitLabel), form, () -> {
            corrections.voidVisit(siteId, visitId, reason.getValue());
            Notifications.success(Labels.t("correction.void.done"));
            onDone.run();
            return true;
        });
        dialog.field("reason", reason);
        dialog.setId("void-dialog");
        dialog.getSaveButton().setText(Labels.t("correction.void"));
        dialog.getSaveButton().setId("void-submit");
        dialog.getSaveButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.open();
        return dialog;
    }
}
