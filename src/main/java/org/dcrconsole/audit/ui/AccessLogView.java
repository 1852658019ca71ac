package org.dcrconsole.audit.ui;

import org.dcrconsole.base.ui.Pickers;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.dcrconsole.audit.AccessKind;
import org.dcrconsole.audit.AccessLogFilter;
import org.dcrconsole.audit.AccessLogRow;
import org.dcrconsole.audit.AccessLogService;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.ui.CurrentSite;
import org.jspecify.annotations.Nullable;

/**
 * Who looked at which client, visit list, incident or export at the current site: a lazy grid,
 * newest first, filtered by user, kind and days, and a CSV export of the filtered entries (which
 * the log records as well). Managers only: ADMIN is kept out because the subjects name clients.
 */
@Route("access-log")
@RolesAllowed(Roles.MANAGER)
@Menu(order = 35, title = "nav.accessLog", icon = "vaadin:eye")
public class AccessLogView extends VerticalLayout implements HasDynamicTitle {

    private final transient AccessLogService accessLog;
    private final @Nullable SiteInfo site;
    final Grid<AccessLogRow> grid = new Grid<>();
    final TextField user = new TextField();
    final ComboBox<AccessKind> kind = new ComboBox<>();
    final DatePicker from = Pickers.date();
    final DatePicker to = Pickers.date();
    final Anchor export = new Anchor();

    AccessLogView(AccessLogService accessLog, CurrentSite currentSite) {
        this.accessLog = accessLog;
        this.site = currentSite.get().orElse(null);
        setSizeFull();
        setPadding(false);
        export.setId("access-log-export");
        export.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("accessLog.export")));
        add(new ViewToolbar(getTranslation("nav.accessLog"), export));
        if (site == null) {
            add(new Paragraph(getTranslation("accessLog.noSite")));
            export.setVisible(false);
            return;
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(site.zone());

        user.setId("access-log-user");
        user.setLabel(getTranslation("accessLog.user"));
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.setClearButtonVisible(true);
        kind.setId("access-log-kind");
        kind.setLabel(getTranslation("accessLog.kind"));
        kind.setItems(AccessKind.values());
        kind.setItemLabelGenerator(Labels::of);
        kind.setClearButtonVisible(true);
        from.setId("access-log-from");
        from.setLabel(getTranslation("accessLog.from"));
        to.setId("access-log-to");
        to.setLabel(getTranslation("accessLog.to"));
        user.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(user, kind, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassNames(LumoUtility.FlexWrap.WRAP, LumoUtility.Padding.Horizontal.MEDIUM);

        grid.setId("access-log-grid");
        grid.addColumn(r -> time.format(r.at())).setHeader(getTranslation("accessLog.at")).setAutoWidth(true)
                .setKey("at");
        grid.addColumn(AccessLogRow::username).setHeader(getTranslation("accessLog.user")).setAutoWidth(true)
                .setKey("user");
        grid.addColumn(r -> Labels.of(r.kind())).setHeader(getTranslation("accessLog.kind")).setAutoWidth(true)
                .setKey("kind");
        grid.addColumn(AccessLogRow::subject).setHeader(getTranslation("accessLog.subject")).setKey("subject");
        grid.setItemsPageable(pageable -> accessLog.list(site.id(), filter(), pageable));
        grid.setSizeFull();
        add(filters, grid);
        refresh();
    }

    AccessLogFilter filter() {
        return new AccessLogFilter(user.getValue().isBlank() ? null : user.getValue().strip(), kind.getValue(),
                from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        AccessLogFilter filter = filter();
        long siteId = site.id();
        LocalDate day = LocalDate.now(site.zone());
        DownloadHandler csv = event -> {
            event.setFileName("access-log-" + day + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            accessLog.exportCsv(siteId, filter, event.getOutputStream());
        };
        export.setHref(csv, AttachmentType.DOWNLOAD);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accessLog") + " · " + getTranslation("app.title");
    }
}
