package org.dcrconsole.incident.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.incident.IncidentDetails;
import org.dcrconsole.incident.IncidentService;
import org.dcrconsole.incident.IncidentState;
import org.dcrconsole.incident.NaloxoneRoute;
import org.dcrconsole.incident.Outcome;
import org.dcrconsole.incident.ProtocolPrompts;
import org.dcrconsole.incident.ResponseStep;
import org.dcrconsole.incident.ResponseStepKind;
import org.dcrconsole.incident.StepInput;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.ui.CurrentSite;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The emergency screen for a tablet on the floor: one large button per response step, each
 * stamped with the time when tapped; vitals typed in go with the next tap. Shows the time since
 * recognition, ticking every second from the server, and the protocol's prompts.
 */
@Route("incidents/:incidentId([0-9]+)/response")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR})
public class EmergencyView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final IncidentService service;
    private final CurrentSite currentSite;
    private final Clock clock;

    private long siteId;
    private long incidentId;
    private ZoneId zone = ZoneId.systemDefault();
    private List<ResponseStep> steps = List.of();
    private boolean closed;
    private Registration pollRegistration;

    final Span elapsed = new Span();
    final Div prompts = new Div();
    final BigDecimalField dose = new BigDecimalField();
    final Select<NaloxoneRoute> route = new Select<>();
    final IntegerField rr = new IntegerField();
    final IntegerField spo2 = new IntegerField();
    final IntegerField gcs = new IntegerField();
    final Select<Outcome> outcome = new Select<>();
    final Grid<ResponseStep> timeline = new Grid<>();
    private final H2 heading = new H2();
    private final Div buttons = new Div();

    EmergencyView(IncidentService service, CurrentSite currentSite, Clock clock) {
        this.service = service;
        this.currentSite = currentSite;
        this.clock = clock;
        addClassName("emergency-view");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SiteInfo> site = currentSite.get();
        Optional<Long> id = event.getRouteParameters().getLong("incidentId");
        if (site.isEmpty() || id.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        siteId = site.get().id();
        zone = site.get().zone();
        incidentId = id.get();
        try {
            build(service.get(siteId, incidentId));
        } catch (BusinessException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void build(IncidentDetails details) {
        removeAll();
        Button back = new Button(getTranslation("response.backToIncident"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("incidents/" + incidentId)));
        back.setId("emergency-back");
        add(new ViewToolbar(getTranslation("response.title"), back));
        closed = details.incident().getState() == IncidentState.CLOSED;
        String alias = details.incident().getClientAlias();
        heading.setText(getTranslation("incident.title", incidentId) + " · " + Labels.of(details.incident().getType())
                + (alias == null ? "" : " · " + alias));
        heading.addClassName("emergency-heading");

        elapsed.setId("emergency-elapsed");
        elapsed.addClassName("emergency-elapsed");
        Span elapsedLabel = new Span(getTranslation("response.elapsed"));
        elapsedLabel.addClassName("emergency-elapsed-label");
        Div clockBox = new Div(elapsedLabel, elapsed);
        clockBox.addClassName("emergency-clock");
        prompts.setId("emergency-prompts");
        prompts.addClassName("emergency-prompts");
        prompts.getElement().setAttribute("role", "alert");
        HorizontalLayout top = new HorizontalLayout(clockBox, prompts);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.STRETCH);
        top.expand(prompts);

        dose.setId("emergency-dose");
        dose.setLabel(getTranslation("response.dose"));
        dose.setValue(new BigDecimal("0.4"));
        route.setId("emergency-route");
        route.setLabel(getTranslation("response.route"));
        route.setItems(NaloxoneRoute.values());
        route.setItemLabelGenerator(Labels::of);
        route.setValue(NaloxoneRoute.IM);
        rr.setId("emergency-rr");
        rr.setLabel(getTranslation("response.rr"));
        rr.setMin(0);
        rr.setMax(80);
        spo2.setId("emergency-spo2");
        spo2.setLabel(getTranslation("response.spo2"));
        spo2.setMin(0);
        spo2.setMax(100);
        gcs.setId("emergency-gcs");
        gcs.setLabel(getTranslation("response.gcs"));
        gcs.setMin(3);
        gcs.setMax(15);
        outcome.setId("emergency-outcome");
        outcome.setLabel(getTranslation("response.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(Labels::of);
        dose.addClassName("emergency-field");
        rr.addClassName("emergency-field");
        spo2.addClassName("emergency-field");
        gcs.addClassName("emergency-field");
        route.addClassName("emergency-field");
        outcome.addClassName("emergency-field");
        HorizontalLayout vitals = new HorizontalLayout(rr, spo2, gcs, dose, route, outcome);
        vitals.addClassName("emergency-inputs");
        vitals.setWidthFull();

        buttons.removeAll();
        buttons.addClassName("emergency-buttons");
        for (ResponseStepKind kind : ResponseStepKind.values()) {
            Button b = new Button(Labels.of(kind), e -> tap(kind));
            b.setId("step-" + kind.name().toLowerCase().replace('_', '-'));
            b.addClassNames("emergency-button", "emergency-button-" + kind.name().toLowerCase().replace('_', '-'));
            b.addThemeVariants(ButtonVariant.LUMO_LARGE);
            if (kind == ResponseStepKind.NALOXONE || kind == ResponseStepKind.RECOGNISED) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            b.setEnabled(!closed);
            buttons.add(b);
        }

        timeline.removeAllColumns();
        timeline.setId("emergency-timeline");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone);
        timeline.addColumn(s -> time.format(s.getAt())).setHeader(getTranslation("response.at")).setAutoWidth(true);
        timeline.addColumn(s -> Labels.of(s.getKind())).setHeader(getTranslation("response.kind")).setAutoWidth(true);
        timeline.addColumn(EmergencyView::details).setHeader(getTranslation("response.details")).setFlexGrow(1);
        timeline.addColumn(s -> vitalsText(s)).setHeader(getTranslation("response.vitals")).setAutoWidth(true);
        if (!closed) {
            timeline.addComponentColumn(s -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(s));
                edit.setAriaLabel(getTranslation("response.edit"));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                return edit;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        timeline.setAllRowsVisible(true);
        timeline.setWidthFull();

        VerticalLayout body = new VerticalLayout(heading, top, vitals, buttons, timeline);
        body.addClassName("emergency-body");
        add(body);
        steps = details.steps();
        refresh();
    }

    private void tap(ResponseStepKind kind) {
        Instant now = clock.instant();
        StepInput input = switch (kind) {
            case NALOXONE -> StepInput.naloxone(now, dose.getValue(), route.getValue());
            case OUTCOME -> StepInput.outcome(now, outcome.getValue());
            default -> StepInput.of(kind, now);
        };
        input = input.withVitals(rr.getValue(), spo2.getValue(), gcs.getValue());
        try {
            ResponseStep step = service.addStep(siteId, incidentId, input);
            rr.clear();
            spo2.clear();
            gcs.clear();
            Notifications.success(getTranslation("response.stamped", Labels.of(kind),
                    DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone).format(step.getAt())));
            reload();
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void edit(ResponseStep step) {
        new StepDialog(step, zone, input -> {
            service.updateStep(siteId, incidentId, step.getId(), input);
            reload();
        }, () -> {
            try {
                service.removeStep(siteId, incidentId, step.getId());
                reload();
            } catch (BusinessException | OptimisticLockingFailureException e) {
                Notifications.error(getTranslation("error.concurrentChange"));
            }
        }).open();
    }

    private void reload() {
        steps = service.get(siteId, incidentId).steps();
        refresh();
    }

    /** Redraws the clock, the prompts and the timeline; runs on every poll. */
    void refresh() {
        Instant now = clock.instant();
        List<ProtocolPrompts.StepFact> facts = steps.stream().map(ProtocolPrompts.StepFact::of).toList();
        elapsed.setText(ProtocolPrompts.sinceRecognition(facts, now).map(EmergencyView::format)
                .orElse(getTranslation("response.notStarted")));
        prompts.removeAll();
        for (ProtocolPrompts.Prompt p : ProtocolPrompts.prompts(facts, now)) {
            Div line = new Div(new Text(getTranslation("response.prompt." + p.name())));
            line.addClassNames("emergency-prompt", "emergency-prompt-" + p.name().toLowerCase().replace('_', '-'));
            prompts.add(line);
        }
        boolean hasOutcome = steps.stream().anyMatch(s -> s.getKind() == ResponseStepKind.OUTCOME);
        if (!hasOutcome) {
            ProtocolPrompts.rescueDoseDueAt(facts).filter(now::isBefore).ifPresent(due -> {
                Div line = new Div(new Text(getTranslation("response.rescueDueAt",
                        DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone).format(due))));
                line.addClassName("emergency-prompt-info");
                prompts.add(line);
            });
        }
        timeline.setItems(steps);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().setPollInterval(1000);
        pollRegistration = attachEvent.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    List<ResponseStep> steps() {
        return steps;
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? "%d:%02d:%02d".formatted(s / 3600, (s % 3600) / 60, s % 60)
                : "%02d:%02d".formatted(s / 60, s % 60);
    }

    static String details(ResponseStep s) {
        StringBuilder b = new StringBuilder();
        if (s.getNaloxoneDoseMg() != null) {
            b.append(s.getNaloxoneDoseMg().stripTrailingZeros().toPlainString()).append(" mg ")
                    .append(Labels.of(s.getNaloxoneRoute()));
        }
        if (s.getOutcome() != null) {
            b.append(Labels.of(s.getOutcome()));
        }
        if (s.getNote() != null) {
            b.append(b.isEmpty() ? "" : " · ").append(s.getNote());
        }
        return b.toString();
    }

    static String vitalsText(ResponseStep s) {
        StringBuilder b = new StringBuilder();
        if (s.getRespiratoryRate() != null) {
            b.append(Labels.t("response.vitals.rr", String.valueOf(s.getRespiratoryRate()))).append(' ');
        }
        if (s.getSpo2() != null) {
            b.append(Labels.t("response.vitals.spo2", String.valueOf(s.getSpo2()))).append(' ');
        }
        if (s.getGcs() != null) {
            b.append(Labels.t("response.vitals.gcs", String.valueOf(s.getGcs())));
        }
        return b.toString().strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("response.title") + " · " + getTranslation("app.title");
    }
}
