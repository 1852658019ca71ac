package org.dcrconsole.booth.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.ConsumptionRoute;
import org.dcrconsole.booth.VisitCorrectionService;
import org.dcrconsole.site.BoothInfo;

/** Moves a client in a booth to another free booth that fits their route; the old booth is free at once. */
public final class MoveVisitDialog {

    private MoveVisitDialog() {
    }

    /**
     * @param route      the visit's route (only booths that fit it are offered)
     * @param visitLabel how people know the visit (alias and booth), for the title
     * @param onDone     runs after the move was saved
     */
    public static FormDialog open(VisitCorrectionService corrections, BoardService board, long siteId, long visitId,
                                  ConsumptionRoute route, String visitLabel, Runnable onDone) {
        ComboBox<BoothInfo> booth = new ComboBox<>(Labels.t("correction.move.booth"));
        booth.setId("move-booth");
        booth.setItems(board.freeBooths(siteId, route));
        booth.setItemLabelGenerator(BoothInfo::label);
        booth.setRequiredIndicatorVisible(true);
        TextArea reason = ReasonField.create();
        FormLayout form = new FormLayout(booth, reason);
        form.setColspan(reason, 2);
        FormDialog dialog = new FormDialog(Labels.t("correction.move.title", visitLabel), form, () -> {
            BoothInfo target = booth.getValue();
            if (target == null) {
                throw new BusinessException("booth", "validation.required");
            }
            corrections.move(siteId, visitId, target.id(), reason.getValue());
            Notifications.success(Labels.t("correction.move.done", target.label()));
            onDone.run();
            return true;
        });
        dialog.field("booth", booth).field("reason", reason);
        dialog.setId("move-dialog");
        dialog.getSaveButton().setText(Labels.t("correction.move"));
        dialog.getSaveButton().setId("move-submit");
        dialog.open();
        return dialog;
    }
}
