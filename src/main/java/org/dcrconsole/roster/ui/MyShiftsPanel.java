package org.dcrconsole.roster.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.dcrconsole.roster.MyShift;
import org.dcrconsole.roster.RosterService;

/** The signed-in person's own published shifts for the next four weeks, with a calendar download. */
final class MyShiftsPanel extends Composite<VerticalLayout> {

    static final String ICS_FILE = "my-shifts.ics";

    MyShiftsPanel(RosterService rosterService, boolean linked) {
        VerticalLayout layout = getContent();
        layout.setSizeFull();
        List<MyShift> mine = rosterService.myShifts();
        Locale locale = getLocale();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] ics = rosterService.myShiftsIcs(locale).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(ics), ICS_FILE, "text/calendar;charset=utf-8",
                    ics.length);
        }), AttachmentType.DOWNLOAD, getTranslation("roster.ics.download"));
        download.setId("ics-download");
        download.addComponentAsFirst(VaadinIcon.CALENDAR.create());
        download.addClassNames("print-hide");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);

        Grid<MyShift> grid = new Grid<>();
        grid.setId("my-shifts");
        grid.addColumn(m -> date.format(m.shift().start().atZone(m.zone()))).setHeader(getTranslation("roster.date"))
                .setAutoWidth(true);
        grid.addColumn(m -> RosterTexts.span(m.shift().start(), m.shift().end(), m.zone()))
                .setHeader(getTranslation("roster.time")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("enum.ShiftPosition." + m.shift().position().name()))
                .setHeader(getTranslation("shift.position"));
        grid.addColumn(MyShift::siteName).setHeader(getTranslation("roster.site"));
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        if (!linked) {
            layout.add(new Paragraph(getTranslation("roster.myShifts.notLinked")));
        } else if (mine.isEmpty()) {
            layout.add(new Paragraph(getTranslation("roster.myShifts.none")));
        }
        layout.add(download, grid);
    }
}
