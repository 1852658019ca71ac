package org.dcrconsole.handover.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.handover.HandoverPanelData;
import org.dcrconsole.handover.HandoverRow;
import org.dcrconsole.handover.HandoverService;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.incident.IncidentService;
import org.dcrconsole.site.SiteService;

/**
 * The compact handover log of a site, for the board's side column and the dashboard: the pinned
 * open items (a few, with how many more there are), then the latest notes. On the floor each
 * open item has a "done" button and the panel a "write" button; a wall display only reads.
 */
public class HandoverPanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM. HH:mm");

    private final HandoverDialog.Services services;
    private final long siteId;
    private final boolean readOnly;
    private final int pinnedShown;
    private final int recentShown;
    private final ZoneId zone;
    private final Details details = new Details();
    private final Div items = new Div();

    /**
     * The panel of a site showing at most {@code pinnedShown} pinned items and {@code recentShown}
     * latest notes; {@code readOnly} leaves out every button (wall display).
     */
    public HandoverPanel(HandoverService handover, SiteService sites, ClientService clients, IncidentService incidents,
                         long siteId, boolean readOnly, int pinnedShown, int recentShown) {
        this(new HandoverDialog.Services(handover, sites, clients, incidents), siteId, readOnly, pinnedShown,
                recentShown);
    }

    HandoverPanel(HandoverDialog.Services services, long siteId, boolean readOnly, int pinnedShown, int recentShown) {
        this.services = services;
        this.siteId = siteId;
        this.readOnly = readOnly;
        this.pinnedShown = pinnedShown;
        this.recentShown = recentShown;
        this.zone = services.sites().site(siteId).zone();
        setId("handover-panel");
        addClassName("handover-panel");
        details.setOpened(true);
        details.addClassName("handover-panel__details");
        items.addClassName("handover-panel__items");
        details.add(items);
        if (!readOnly) {
            Button write = new Button(Labels.t("handover.write"), VaadinIcon.EDIT.create(),
                    e -> HandoverDialog.open(services, siteId, this::refresh));
            write.setId("handover-write");
            write.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Anchor all = new Anchor("handover", Labels.t("handover.all"));
            all.setId("handover-all");
            Div actions = new Div(write, all);
            actions.addClassName("handover-panel__actions");
            details.add(actions);
        }
        add(details);
        refresh();
    }

    /** Reads the pinned items and latest notes again. */
    public void refresh() {
        HandoverPanelData data = services.handover().panel(siteId, pinnedShown, recentShown);
        details.setSummaryText(Labels.t("handover.panel.title", data.pinnedCount()));
        items.removeAll();
        List<Div> rows = new ArrayList<>();
        for (HandoverRow row : data.pinned()) {
            rows.add(item(row));
        }
        if (data.pinnedCount() > data.pinned().size()) {
            Span more = new Span(Labels.t("handover.panel.more", data.pinnedCount() - data.pinned().size()));
            more.setId("handover-more");
            more.addClassName("handover-item__meta");
            rows.add(new Div(more));
        }
        for (HandoverRow row : data.recent()) {
            rows.add(item(row));
        }
        if (rows.isEmpty()) {
            items.add(new Paragraph(Labels.t("handover.panel.empty")));
        }
        rows.forEach(items::add);
    }

    private Div item(HandoverRow row) {
        Span meta = new Span(meta(row));
        meta.addClassName("handover-item__meta");
        Span body = new Span(row.body());
        body.addClassName("handover-item__body");
        Div item = new Div(meta, body);
        item.setId("handover-item-" + row.id());
        item.addClassNames("handover-item", row.pinned() ? "handover-item--pinned" : "handover-item--note");
        if (row.pinned() && !readOnly) {
            Button done = new Button(Labels.t("handover.markDone"), e -> markDone(row));
            done.setId("handover-done-" + row.id());
            done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            done.getElement().setAttribute("aria-label", Labels.t("handover.markDone.named", meta.getText()));
            item.add(done);
        }
        return item;
    }

    /** When, who, and what the entry is about (booth, client alias, incident). */
    static String meta(HandoverRow row, ZoneId zone) {
        List<String> parts = new ArrayList<>();
        parts.add(WHEN.format(row.writtenAt().atZone(zone)));
        parts.add(row.writtenBy());
        if (row.boothLabel() != null) {
            parts.add(Labels.t("handover.about.booth", row.boothLabel()));
        }
        if (row.clientAlias() != null) {
            parts.add(row.clientAlias());
        }
        if (row.incidentId() != null) {
            parts.add(Labels.t("handover.about.incident", row.incidentId()));
        }
        return String.join(" · ", parts);
    }

    private String meta(HandoverRow row) {
        return (row.pinned() ? Labels.t("handover.pinned") + " · " : "") + meta(row, zone);
    }

    private void markDone(HandoverRow row) {
        try {
            services.handover().markDone(siteId, row.id());
        } catch (BusinessException e) {
            Notifications.error(Labels.t(e.messageKey(), e.args()));
        }
        refresh();
    }
}
