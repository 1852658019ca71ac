package org.dcrconsole.handover.ui;

import org.dcrconsole.base.ui.Pickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.handover.HandoverFilter;
import org.dcrconsole.handover.HandoverRow;
import org.dcrconsole.handover.HandoverService;
import org.dcrconsole.incident.IncidentService;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.site.ui.CurrentSite;
import org.jspecify.annotations.Nullable;

/**
 * The handover log of the current site: every entry, newest first, searchable by text, open
 * items only and a date range; paged in the database. Entries are written here or on the board;
 * open items are marked done in the grid.
 */
@Route("handover")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.MANAGER})
@Menu(order = 12, title = "nav.handover", icon = "vaadin:notebook")
public class HandoverView extends VerticalLayout implements HasDynamicTitle {

    private final transient HandoverService handover;
    private final @Nullable SiteInfo site;
    final Grid<HandoverRow> grid = new Grid<>();
    final TextField text = new TextField();
    final Checkbox openOnly = new Checkbox();
    final DatePicker from = Pickers.date();
    final DatePicker to = Pickers.date();

    HandoverView(HandoverService handover, SiteService siteService, ClientService clients, IncidentService incidents,
                 CurrentSite currentSite) {
        this.handover = handover;
        this.site = currentSite.get().orElse(null);
        setSizeFull();
        setPadding(false);
        Button write = new Button(getTranslation("handover.write"), VaadinIcon.EDIT.create());
        write.setId("handover-write");
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewToolbar(getTranslation("nav.handover"), write));
        if (site == null) {
            write.setEnabled(false);
            add(new Paragraph(getTranslation("board.noSite")));
            return;
        }
        HandoverDialog.Services services = new HandoverDialog.Services(handover, siteService, clients, incidents);
        write.addClickListener(e -> HandoverDialog.open(services, site.id(), this::refresh));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(site.zone());

        text.setId("handover-search");
        text.setLabel(getTranslation("handover.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        openOnly.setId("handover-open-only");
        openOnly.setLabel(getTranslation("handover.filter.openOnly"));
        from.setId("handover-from");
        from.setLabel(getTranslation("handover.filter.from"));
        to.setId("handover-to");
        to.setLabel(getTranslation("handover.filter.to"));
        text.addValueChangeListener(e -> refresh());
        openOnly.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(text, openOnly, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassNames(LumoUtility.FlexWrap.WRAP, LumoUtility.Padding.Horizontal.MEDIUM);

        grid.setId("handover-grid");
        grid.addColumn(r -> time.format(r.writtenAt())).setHeader(getTranslation("handover.col.written"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HandoverRow::writtenBy).setHeader(getTranslation("handover.col.by")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> about(r)).setHeader(getTranslation("handover.col.about")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(HandoverRow::body).setHeader(getTranslation("handover.col.body")).setFlexGrow(1)
                .setKey("body");
        grid.addComponentColumn(r -> status(r, time)).setHeader(getTranslation("handover.col.status"))
                .setAutoWidth(true).setFlexGrow(0).setKey("status");
        grid.setItemsPageable(pageable -> handover.search(site.id(), filter(), pageable).getContent());
        grid.setSizeFull();
        add(filters, grid);
    }

    HandoverFilter filter() {
        return new HandoverFilter(text.getValue(), openOnly.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private String about(HandoverRow r) {
        StringBuilder about = new StringBuilder();
        if (r.boothLabel() != null) {
            about.append(getTranslation("handover.about.booth", r.boothLabel()));
        }
        if (r.clientAlias() != null) {
            about.append(about.isEmpty() ? "" : " · ").append(r.clientAlias());
        }
        if (r.incidentId() != null) {
            about.append(about.isEmpty() ? "" : " · ").append(getTranslation("handover.about.incident", r.incidentId()));
        }
        return about.toString();
    }

    /** A note says nothing; an open item a "done" button; a done item who and when. */
    private com.vaadin.flow.component.Component status(HandoverRow r, DateTimeFormatter time) {
        if (r.pinned()) {
            Button done = new Button(getTranslation("handover.markDone"), e -> {
                try {
                    handover.markDone(site.id(), r.id());
                } catch (BusinessException ex) {
                    Notifications.error(getTranslation(ex.messageKey(), ex.args()));
                }
                refresh();
            });
            done.setId("handover-done-" + r.id());
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return done;
        }
        com.vaadin.flow.component.html.Span span = new com.vaadin.flow.component.html.Span(r.openItem()
                ? getTranslation("handover.doneBy", r.doneBy(), time.format(r.doneAt())) : "");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.handover") + " · " + getTranslation("app.title");
    }
}
