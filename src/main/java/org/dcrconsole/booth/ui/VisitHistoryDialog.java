package org.dcrconsole.booth.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.booth.VisitCorrection;
import org.dcrconsole.booth.VisitCorrectionService;

/** A visit's corrections, read-only: when, who, what, before and after, why. */
public final class VisitHistoryDialog {

    private VisitHistoryDialog() {
    }

    public static Dialog open(VisitCorrectionService corrections, long siteId, long visitId, String visitLabel, ZoneId zone) {
        List<VisitCorrection> history = corrections.history(siteId, visitId);
        Dialog dialog = new Dialog(Labels.t("correction.history.title", visitLabel));
        dialog.setId("visit-history-dialog");
        dialog.setWidth("56em");
        if (history.isEmpty()) {
            dialog.add(new Paragraph(Labels.t("correction.history.empty")));
        } else {
            DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                    .withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale()).withZone(zone);
            Grid<VisitCorrection> grid = new Grid<>();
            grid.setId("visit-history-grid");
            grid.addColumn(c -> time.format(c.getCorrectedAt())).setHeader(Labels.t("correction.history.when")).setAutoWidth(true);
            grid.addColumn(VisitCorrection::getCorrectedBy).setHeader(Labels.t("correction.history.who")).setAutoWidth(true);
            grid.addColumn(c -> Labels.of(c.getAction()) + ": " + Labels.t("correction.field." + c.getField()))
                    .setHeader(Labels.t("correction.history.what")).setAutoWidth(true);
            grid.addColumn(c -> c.getOldValue() == null ? "" : c.getOldValue()).setHeader(Labels.t("correction.history.old"));
            grid.addColumn(c -> c.getNewValue() == null ? "" : c.getNewValue()).setHeader(Labels.t("correction.history.new"));
            grid.addColumn(VisitCorrection::getReason).setHeader(Labels.t("correction.history.reason"));
            grid.setItems(history);
            grid.setAllRowsVisible(true);
            dialog.add(grid);
        }
        Button close = new Button(Labels.t("action.close"), e -> dialog.close());
        close.setId("visit-history-close");
        dialog.getFooter().add(close);
        dialog.open();
        return dialog;
    }
}
