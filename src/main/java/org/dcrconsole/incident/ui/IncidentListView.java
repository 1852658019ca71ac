package org.dcrconsole.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dcrconsole.base.ui.Pickers;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.incident.Incident;
import org.dcrconsole.incident.IncidentFilter;
import org.dcrconsole.incident.IncidentRow;
import org.dcrconsole.incident.IncidentService;
import org.dcrconsole.incident.IncidentState;
import org.dcrconsole.incident.IncidentType;
import org.dcrconsole.incident.Severity;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.site.ui.CurrentSite;

/** All incidents of the current site, newest first, with filters; overdue reviews stand out. */
@Route("incidents")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.STOCK_KEEPER, Roles.MANAGER})
@Menu(order = 40, title = "nav.incidents", icon = "vaadin:ambulance")
public class IncidentListView extends VerticalLayout implements HasDynamicTitle {

    private final IncidentService service;
    private final Grid<IncidentRow> grid = new Grid<>();
    private final ComboBox<IncidentType> type = new ComboBox<>();
    private final ComboBox<Severity> severity = new ComboBox<>();
    private final ComboBox<IncidentState> state = new ComboBox<>();
    private final DatePicker from = Pickers.date();
    private final DatePicker to = Pickers.date();
    private final ComboBox<BoothInfo> booth = new ComboBox<>();
    private final Checkbox overdueOnly = new Checkbox();

    IncidentListView(IncidentService service, SiteService siteService, CurrentSite currentSite) {
        this.service = service;
        setSizeFull();
        setPadding(false);
        Button create = new Button(getTranslation("incident.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("incidents/new")));
        create.setId("new-incident");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewToolbar(getTranslation("incident.list.title"), create));

        Optional<SiteInfo> site = currentSite.get();
        if (site.isEmpty()) {
            create.setEnabled(false);
            add(new Paragraph(getTranslation("incident.noSite")));
            return;
        }
        long siteId = site.get().id();
        ZoneId zone = site.get().zone();
        List<BoothInfo> booths = siteService.booths(siteId);
        Map<Long, String> boothLabels = booths.stream().collect(Collectors.toMap(BoothInfo::id, BoothInfo::label));

        type.setId("filter-type");
        type.setLabel(getTranslation("incident.type"));
        type.setItems(IncidentType.values());
        type.setItemLabelGenerator(Labels::of);
        severity.setId("filter-severity");
        severity.setLabel(getTranslation("incident.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(Labels::of);
        state.setId("filter-state");
        state.setLabel(getTranslation("incident.state"));
        state.setItems(IncidentState.values());
        state.setItemLabelGenerator(Labels::of);
        from.setId("filter-from");
        from.setLabel(getTranslation("incident.from"));
        to.setId("filter-to");
        to.setLabel(getTranslation("incident.to"));
        booth.setId("filter-booth");
        booth.setLabel(getTranslation("incident.booth"));
        booth.setItems(booths);
        booth.setItemLabelGenerator(BoothInfo::label);
        overdueOnly.setId("filter-overdue");
        overdueOnly.setLabel(getTranslation("incident.overdueOnly"));
        for (var field : List.of(type, severity, state, booth)) {
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        overdueOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(type, severity, state, from, to, booth, overdueOnly);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassNames(LumoUtility.FlexWrap.WRAP, LumoUtility.Padding.Horizontal.MEDIUM);

        DateTimeFormatter fmt = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone);
        grid.setId("incident-grid");
        grid.addColumn(r -> fmt.format(r.occurredAt())).setHeader(getTranslation("incident.occurredAt"))
                .setKey(Incident.SORT_OCCURRED).setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> Labels.of(r.type())).setHeader(getTranslation("incident.type")).setAutoWidth(true);
        grid.addColumn(r -> Labels.of(r.severity())).setHeader(getTranslation("incident.severity"))
                .setKey(Incident.SORT_SEVERITY).setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> r.boothId() == null ? "" : boothLabels.getOrDefault(r.boothId(), ""))
                .setHeader(getTranslation("incident.booth")).setAutoWidth(true);
        grid.addColumn(r -> r.clientAlias() == null ? "" : r.clientAlias())
                .setHeader(getTranslation("incident.clientAlias")).setAutoWidth(true);
        grid.addColumn(r -> Labels.of(r.state())).setHeader(getTranslation("incident.state")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span due = new Span(fmt.format(r.reviewDeadline()));
            if (r.overdue()) {
                due.setText(fmt.format(r.reviewDeadline()) + " · " + getTranslation("incident.overdue"));
                due.getElement().getThemeList().add("badge error");
            }
            return due;
        }).setHeader(getTranslation("incident.reviewDeadline")).setKey(Incident.SORT_DEADLINE).setSortable(true)
                .setAutoWidth(true);
        grid.setPartNameGenerator(r -> r.overdue() ? "incident-overdue" : null);
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey(Incident.SORT_OCCURRED), SortDirection.DESCENDING)));
        grid.setItemsPageable(pageable -> service.list(siteId, filter(), pageable).getContent());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("incidents/" + e.getItem().id())));
        grid.setSizeFull();
        grid.addClassName("incident-grid");
        add(filters, grid);
    }

    IncidentFilter filter() {
        return new IncidentFilter(type.getValue(), severity.getValue(), state.getValue(), from.getValue(),
                to.getValue(), booth.getValue() == null ? null : booth.getValue().id(), overdueOnly.getValue());
    }

    Grid<IncidentRow> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.incidents") + " · " + getTranslation("app.title");
    }
}
