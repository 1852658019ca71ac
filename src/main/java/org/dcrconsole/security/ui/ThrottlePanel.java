package org.dcrconsole.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.dcrconsole.security.ThrottleRow;
import org.dcrconsole.security.UserService;

/** For the administrator: when failed sign-ins slowed an account or a source address down. */
final class ThrottlePanel extends Composite<VerticalLayout> {

    ThrottlePanel(UserService userService) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        Grid<ThrottleRow> grid = new Grid<>();
        grid.setId("throttle-grid");
        grid.addColumn(t -> when.format(t.occurredAt())).setHeader(getTranslation("throttle.occurredAt"))
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation("enum.ThrottleRow.Kind." + t.kind().name()))
                .setHeader(getTranslation("throttle.kind")).setAutoWidth(true);
        grid.addColumn(ThrottleRow::subject).setHeader(getTranslation("throttle.subject"));
        grid.addColumn(ThrottleRow::failures).setHeader(getTranslation("throttle.failures")).setAutoWidth(true);
        grid.addColumn(ThrottleRow::delaySeconds).setHeader(getTranslation("throttle.delay")).setAutoWidth(true);
        grid.setItemsPageable(pageable -> userService.throttling(pageable).getContent());
        grid.setSizeFull();
        VerticalLayout layout = getContent();
        layout.setSizeFull();
        layout.setPadding(false);
        layout.add(grid);
    }
}
