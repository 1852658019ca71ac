package org.dcrconsole.booth.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.booth.Board;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.CheckOut;
import org.dcrconsole.booth.ReferralKind;
import org.dcrconsole.booth.Visit;

/** Ends a visit: syringes returned, counselling, referrals; then the booth goes to cleaning. */
final class CheckOutDialog {

    private CheckOutDialog() {
    }

    static FormDialog open(BoardService boardService, long siteId, Board.Tile tile, Runnable onDone) {
        Board.OpenVisit visit = tile.visit();
        IntegerField syringes = new IntegerField(Labels.t("checkout.syringesReturned"));
        syringes.setId("checkout-syringes");
        syringes.setMin(0);
        syringes.setMax(Visit.SYRINGES_RETURNED_MAX);
        syringes.setStepButtonsVisible(true);
        syringes.setValue(visit.route() == org.dcrconsole.booth.ConsumptionRoute.INJECTION ? 1 : 0);
        Checkbox counselling = new Checkbox(Labels.t("checkout.counselling"));
        counselling.setId("checkout-counselling");
        CheckboxGroup<ReferralKind> referrals = new CheckboxGroup<>(Labels.t("checkout.referrals"));
        referrals.setId("checkout-referrals");
        referrals.setItems(ReferralKind.values());
        referrals.setItemLabelGenerator(Labels::of);
        FormLayout form = new FormLayout(syringes, counselling, referrals);
        form.setColspan(referrals, 2);
        FormDialog dialog = new FormDialog(Labels.t("checkout.title", visit.alias(), tile.booth().label()), form, () -> {
            boardService.checkOut(siteId, visit.visitId(),
                    new CheckOut(syringes.getValue(), counselling.getValue(), referrals.getValue()));
            Notifications.success(Labels.t("checkout.done", visit.alias(), tile.booth().label()));
            onDone.run();
            return true;
        });
        dialog.field("syringesReturned", syringes);
        dialog.setId("checkout-dialog");
        dialog.getSaveButton().setText(Labels.t("checkout.submit"));
        dialog.getSaveButton().setId("checkout-submit");
        dialog.open();
        return dialog;
    }
}
