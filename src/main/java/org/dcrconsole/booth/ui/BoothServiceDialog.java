package org.dcrconsole.booth.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.booth.VisitCorrectionService;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.BoothServiceChange;

/** Takes a booth out of service, or puts it back, with a reason. SUPERVISOR. */
public final class BoothServiceDialog {

    private BoothServiceDialog() {
    }

    /**
     * Offers the opposite of the booth's state: out of service for a booth in service, and back.
     *
     * @param onDone runs after the change was saved
     */
    public static FormDialog open(VisitCorrectionService corrections, long siteId, BoothInfo booth, Runnable onDone) {
        boolean putBack = !booth.inService();
        TextArea reason = ReasonField.create(BoothServiceChange.REASON_MAX);
        FormLayout form = new FormLayout(reason);
        FormDialog dialog = new FormDialog(Labels.t(putBack ? "boothstatus.in.title" : "boothstatus.out.title", booth.label()),
                form, () -> {
                    corrections.setBoothInService(siteId, booth.id(), putBack, reason.getValue());
                    Notifications.success(Labels.t("boothstatus.done", booth.label()));
                    onDone.run();
                    return true;
                });
        dialog.field("reason", reason);
        dialog.setId("booth-service-dialog");
        dialog.getSaveButton().setText(Labels.t(putBack ? "boothstatus.in" : "boothstatus.out"));
        dialog.getSaveButton().setId("booth-service-submit");
        dialog.open();
        return dialog;
    }
}
