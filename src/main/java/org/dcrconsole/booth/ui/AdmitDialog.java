package org.dcrconsole.booth.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.booth.Board;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.VisitRef;
import org.dcrconsole.site.BoothInfo;
import org.jspecify.annotations.Nullable;

/** Takes a waiting client into a booth that became free, with the supplies handed out. */
final class AdmitDialog {

    private AdmitDialog() {
    }

    static FormDialog open(BoardService boardService, long siteId, Board.Waiting waiting, @Nullable BoothInfo offered,
                           Runnable onDone) {
        ComboBox<BoothInfo> booth = new ComboBox<>(Labels.t("checkin.booth"));
        booth.setId("admit-booth");
        List<BoothInfo> free = boardService.freeBooths(siteId, waiting.route());
        booth.setItems(free);
        booth.setItemLabelGenerator(b -> b.label() + " · " + Labels.t("enum.BoothKind." + b.kind().name()));
        booth.setValue(offered != null && free.contains(offered) ? offered
                : boardService.suggestBooth(siteId, waiting.route()).orElse(null));
        SupplyFields supplies = new SupplyFields();
        supplies.applyDefaults(waiting.route());
        FormDialog dialog = new FormDialog(Labels.t("queue.admit.title", waiting.alias()),
                new VerticalLayout(booth, supplies), () -> {
            if (booth.getValue() == null) {
                throw new BusinessException("booth", "queue.error.noBooth");
            }
            VisitRef ref = boardService.admitFromQueue(siteId, waiting.entryId(), booth.getValue().id(), supplies.values());
            Notifications.success(Labels.t("checkin.admitted", ref.clientAlias(), ref.boothLabel()));
            onDone.run();
            return true;
        });
        dialog.field("booth", booth);
        supplies.fields().forEach((s, f) -> dialog.field(s.name(), f));
        dialog.setId("admit-dialog");
        dialog.getSaveButton().setText(Labels.t("queue.admit"));
        dialog.getSaveButton().setId("admit-submit");
        dialog.open();
        return dialog;
    }
}
