package org.dcrconsole.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.incident.Incident;
import org.dcrconsole.incident.IncidentReport;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.incident.IncidentService;
import org.dcrconsole.incident.IncidentType;
import org.dcrconsole.incident.Severity;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.site.ui.CurrentSite;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Reports an incident in under a minute. Opened from the board with
 * {@code ?booth=<id>&visit=<id>&alias=<alias>} it starts with the booth, the visit and the
 * client's alias filled in; the time starts at now. An emergency goes straight on to the
 * emergency screen.
 */
@Route("incidents/new")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.STOCK_KEEPER, Roles.MANAGER})
public class IncidentReportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final IncidentService service;
    private final SiteService siteService;
    private final Clock clock;
    private final Optional<SiteInfo> site;
    private IncidentReportForm form;
    private final Span visitNote = new Span();

    IncidentReportView(IncidentService service, SiteService siteService, ClientService clientService,
                       CurrentSite currentSite, Clock clock) {
        this.service = service;
        this.siteService = siteService;
        this.clock = clock;
        this.site = currentSite.get();
        setPadding(false);
        add(new ViewToolbar(getTranslation("incident.report.title")));
        if (site.isEmpty()) {
            add(new Paragraph(getTranslation("incident.noSite")));
            return;
        }
        long siteId = site.get().id();
        form = new IncidentReportForm(site.get().zone(), siteService.booths(siteId),
                (pageable, filter) -> clientService.aliases(siteId, filter, pageable));
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("incident-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button cancel = new Button(getTranslation("action.cancel"),
                e -> getUI().ifPresent(ui -> ui.navigate(IncidentListView.class)));
        cancel.addThemeVariants(ButtonVariant.LUMO_LARGE);
        visitNote.setId("incident-visit");
        visitNote.setVisible(false);
        VerticalLayout body = new VerticalLayout(form, visitNote, new HorizontalLayout(save, cancel));
        body.setMaxWidth("60rem");
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (site.isEmpty()) {
            return;
        }
        IncidentReport report = new IncidentReport(clock.instant().truncatedTo(ChronoUnit.MINUTES),
                IncidentType.OPIOID_OVERDOSE, Severity.MODERATE, "");
        QueryParameters params = event.getLocation().getQueryParameters();
        params.getSingleParameter("booth").flatMap(IncidentReportView::parseLong).ifPresent(boothId -> {
            try {
                BoothInfo booth = siteService.booth(site.get().id(), boothId);
                report.setBoothId(booth.id());
            } catch (BusinessException e) {
                Notifications.warning(getTranslation("incident.error.boothNotAtSite"));
            }
        });
        params.getSingleParameter("visit").flatMap(IncidentReportView::parseLong).ifPresent(visitId -> {
            report.setVisitId(visitId);
            visitNote.setText(getTranslation("incident.visit") + " #" + visitId);
            visitNote.setVisible(true);
        });
        params.getSingleParameter("alias").map(String::strip).filter(a -> !a.isEmpty())
                .map(a -> a.length() > Incident.ALIAS_MAX ? a.substring(0, Incident.ALIAS_MAX) : a)
                .ifPresent(report::setClientAlias);
        form.read(report);
    }

    private void save() {
        IncidentReport report = form.write();
        if (report == null) {
            return;
        }
        try {
            Incident incident = service.report(site.get().id(), report);
            Notifications.success(getTranslation("incident.reported"));
            // Managers and stock keepers may report, but the emergency screen is for the floor.
            boolean floor = CurrentUser.hasRole(Role.STAFF) || CurrentUser.hasRole(Role.SUPERVISOR);
            String target = incident.getType().isEmergency() && floor
                    ? "incidents/" + incident.getId() + "/response" : "incidents/" + incident.getId();
            getUI().ifPresent(ui -> ui.navigate(target));
        } catch (BusinessException e) {
            form.show(e);
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.concurrentChange"));
        }
    }

    IncidentReportForm form() {
        return form;
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incident.report.title") + " · " + getTranslation("app.title");
    }
}
