package org.dcrconsole.booth.ui;

import com.vaadin.flow.component.textfield.TextArea;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.booth.VisitCorrection;

/** The reason every correction needs; kept in the visit's history. */
final class ReasonField {

    private ReasonField() {
    }

    static TextArea create(int maxLength) {
        TextArea reason = new TextArea(Labels.t("correction.reason"));
        reason.setId("correction-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(maxLength);
        reason.setHelperText(Labels.t("correction.reasonHelp"));
        reason.setWidthFull();
        return reason;
    }

    static TextArea create() {
        return create(VisitCorrection.REASON_MAX);
    }
}
