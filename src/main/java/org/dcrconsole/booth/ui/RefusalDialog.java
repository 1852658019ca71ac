package org.dcrconsole.booth.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.RefusalReason;

/** Records an admission refused at the door, with or without the client's code. */
final class RefusalDialog {

    private RefusalDialog() {
    }

    static FormDialog open(BoardService boardService, long siteId, String code, Runnable onDone) {
        TextField codeField = new TextField(Labels.t("refusal.code"));
        codeField.setId("refusal-code");
        codeField.setValue(code == null ? "" : code);
        Select<RefusalReason> reason = new Select<>();
        reason.setId("refusal-reason");
        reason.setLabel(Labels.t("refusal.reason"));
        reason.setItems(RefusalReason.values());
        reason.setItemLabelGenerator(Labels::of);
        FormLayout form = new FormLayout(codeField, reason);
        FormDialog dialog = new FormDialog(Labels.t("refusal.title"), form, () -> {
            boardService.refuse(siteId, codeField.getValue(), reason.getValue());
            Notifications.success(Labels.t("refusal.recorded"));
            onDone.run();
            return true;
        });
        dialog.field("code", codeField).field("reason", reason);
        dialog.setId("refusal-dialog");
        dialog.getSaveButton().setText(Labels.t("refusal.submit"));
        dialog.getSaveButton().setId("refusal-submit");
        dialog.open();
        return dialog;
    }
}
