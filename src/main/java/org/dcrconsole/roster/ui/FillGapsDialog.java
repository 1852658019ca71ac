package org.dcrconsole.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.roster.FillProposal;
import org.dcrconsole.roster.PlannedShift;
import org.dcrconsole.roster.RosterService;
import org.dcrconsole.roster.StaffProfile;

/** Shows the gap filler's proposal for a week; the manager takes all of it as drafts or none. */
final class FillGapsDialog extends Dialog {

    FillGapsDialog(RosterService rosterService, long siteId, ZoneId zone, FillProposal proposal,
                   Map<Long, StaffProfile> people, Runnable onChange) {
        List<PlannedShift> proposals = proposal.shifts();
        setId("fill-gaps-dialog");
        setHeaderTitle(getTranslation("roster.fill.title"));
        setWidth("44em");
        if (proposals.isEmpty()) {
            add(new Paragraph(getTranslation("roster.fill.none")));
        } else {
            add(new Paragraph(getTranslation("roster.fill.summary", proposals.size(),
                    proposal.closedHours(), proposal.brokenHoursBefore())));
            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
            Grid<PlannedShift> grid = new Grid<>();
            grid.setId("fill-gaps-grid");
            grid.addColumn(p -> people.containsKey(p.staffMemberId()) ? people.get(p.staffMemberId()).name() : "")
                    .setHeader(getTranslation("shift.person")).setAutoWidth(true);
            grid.addColumn(p -> date.format(p.start().atZone(zone))).setHeader(getTranslation("roster.date"))
                    .setAutoWidth(true);
            grid.addColumn(p -> RosterTexts.span(p.start(), p.end(), zone)).setHeader(getTranslation("roster.time"))
                    .setAutoWidth(true);
            grid.addColumn(p -> getTranslation("enum.ShiftPosition." + p.position().name()))
                    .setHeader(getTranslation("shift.position"));
            grid.setItems(proposals);
            grid.setAllRowsVisible(true);
            add(grid);
        }
        Button discard = new Button(getTranslation("roster.fill.discard"), e -> close());
        discard.setId("discard-fill");
        Button accept = new Button(getTranslation("roster.fill.accept"), e -> {
            int saved = rosterService.acceptProposals(siteId, proposals);
            Notifications.success(getTranslation("roster.fill.accepted", saved));
            close();
            onChange.run();
        });
        accept.setId("accept-fill");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setEnabled(!proposals.isEmpty());
        getFooter().add(discard, accept);
    }
}
