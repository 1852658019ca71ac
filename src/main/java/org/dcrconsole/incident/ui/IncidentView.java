package org.dcrconsole.incident.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dcrconsole.base.ui.Pickers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.incident.FollowUpAction;
import org.dcrconsole.incident.HistoryEntry;
import org.dcrconsole.incident.Incident;
import org.dcrconsole.incident.IncidentDetails;
import org.dcrconsole.incident.IncidentReport;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.incident.IncidentService;
import org.dcrconsole.incident.IncidentState;
import org.dcrconsole.incident.ResponseStep;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.Roles;
import org.dcrconsole.security.UserRef;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.site.ui.CurrentSite;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One incident: the report and its response timeline, the review (supervisors work it through
 * reported → under review → actions open → closed), the full history, and the PDF report.
 */
@Route("incidents/:incidentId([0-9]+)")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.STOCK_KEEPER, Roles.MANAGER})
public class IncidentView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final IncidentService service;
    private final transient ClientService clientService;
    private final SiteService siteService;
    private final UserService userService;
    private final CurrentSite currentSite;
    private final Clock clock;

    private long siteId;
    private long incidentId;
    private ZoneId zone;
    private IncidentDetails details;
    private Map<Long, String> boothLabels = Map.of();
    private List<UserRef> supervisors = List.of();
    private Map<Long, UserRef> floorUsers = Map.of();
    private int selectedTab;

    final ComboBox<UserRef> reviewer = new ComboBox<>();
    final TextArea findings = new TextArea();
    final TextArea factors = new TextArea();
    final Grid<FollowUpAction> actionGrid = new Grid<>();
    final Grid<HistoryEntry> historyGrid = new Grid<>();

    IncidentView(IncidentService service, SiteService siteService, UserService userService, CurrentSite currentSite,
                 Clock clock, ClientService clientService) {
        this.clientService = clientService;
        this.service = service;
        this.siteService = siteService;
        this.userService = userService;
        this.currentSite = currentSite;
        this.clock = clock;
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<SiteInfo> site = currentSite.get();
        Optional<Long> id = event.getRouteParameters().getLong("incidentId");
        if (site.isEmpty() || id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        siteId = site.get().id();
        zone = site.get().zone();
        incidentId = id.get();
        boothLabels = siteService.booths(siteId).stream().collect(Collectors.toMap(BoothInfo::id, BoothInfo::label));
        supervisors = userService.colleagues(siteId, Role.SUPERVISOR);
        Map<Long, UserRef> users = new LinkedHashMap<>();
        for (Role r : List.of(Role.STAFF, Role.SUPERVISOR, Role.MANAGER)) {
            userService.colleagues(siteId, r).forEach(u -> users.putIfAbsent(u.id(), u));
        }
        floorUsers = users;
        try {
            load();
        } catch (BusinessException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void load() {
        details = service.get(siteId, incidentId);
        removeAll();
        Incident i = details.incident();
        boolean open = i.getState() != IncidentState.CLOSED;
        boolean floor = CurrentUser.hasRole(Role.STAFF) || CurrentUser.hasRole(Role.SUPERVISOR);

        Button emergency = new Button(getTranslation("incident.emergency"), VaadinIcon.HEART.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("incidents/" + incidentId + "/response")));
        emergency.setId("open-emergency");
        emergency.addThemeVariants(ButtonVariant.LUMO_ERROR);
        emergency.setVisible(floor && open);
        Button edit = new Button(getTranslation("incident.edit"), VaadinIcon.EDIT.create(), e -> editReport());
        edit.setId("edit-report");
        edit.setVisible(floor && open);
        Locale locale = getLocale();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] bytes = service.pdf(siteId, incidentId, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "incident-" + incidentId + ".pdf",
                    "application/pdf", bytes.length);
        }), AttachmentType.DOWNLOAD, "");
        Button pdfButton = new Button(getTranslation("incident.pdf"), VaadinIcon.DOWNLOAD.create());
        pdfButton.setTabIndex(-1);
        pdf.add(pdfButton);
        pdf.setId("incident-pdf");
        add(new ViewToolbar(getTranslation("incident.title", incidentId), emergency, edit, pdf));

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("incident.tab.overview"), overview());
        tabs.add(getTranslation("review.title"), review());
        tabs.add(getTranslation("incident.tab.history"), history());
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
    }

    private Component overview() {
        Incident i = details.incident();
        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        facts.add(fact(getTranslation("incident.occurredAt"), dateTime(i.getOccurredAt())),
                fact(getTranslation("incident.type"), Labels.of(i.getType())),
                fact(getTranslation("incident.severity"), Labels.of(i.getSeverity())),
                fact(getTranslation("incident.booth"), i.getBoothId() == null ? "—" : boothLabels.getOrDefault(i.getBoothId(), "—")),
                fact(getTranslation("incident.clientAlias"), orDash(i.getClientAlias())),
                fact(getTranslation("incident.policeCalled"), getTranslation(i.isPoliceCalled() ? "common.yes" : "common.no")),
                fact(getTranslation("incident.staffInvolved"), orDash(i.getStaffInvolved())),
                fact(getTranslation("incident.state"), Labels.of(i.getState())),
                fact(getTranslation("incident.reviewDeadline"), dateTime(i.getReviewDeadline())
                        + (i.isOverdue(clock.instant()) ? " · " + getTranslation("incident.overdue") : "")));
        Paragraph description = new Paragraph(i.getDescription());
        description.setId("incident-description-text");
        description.addClassName("incident-description");

        Grid<ResponseStep> steps = new Grid<>();
        steps.setId("incident-timeline");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone);
        steps.addColumn(s -> time.format(s.getAt())).setHeader(getTranslation("response.at")).setAutoWidth(true);
        steps.addColumn(s -> Labels.of(s.getKind())).setHeader(getTranslation("response.kind")).setAutoWidth(true);
        steps.addColumn(EmergencyView::details).setHeader(getTranslation("response.details")).setFlexGrow(1);
        steps.addColumn(EmergencyView::vitalsText).setHeader(getTranslation("response.vitals")).setAutoWidth(true);
        steps.setItems(details.steps());
        steps.setAllRowsVisible(true);
        VerticalLayout layout = new VerticalLayout(facts, new H3(getTranslation("incident.description")), description,
                new H3(getTranslation("response.title")),
                details.steps().isEmpty() ? new Paragraph(getTranslation("response.none")) : steps);
        layout.setPadding(false);
        return layout;
    }

    private Component review() {
        Incident i = details.incident();
        boolean supervisor = CurrentUser.hasRole(Role.SUPERVISOR);
        IncidentState state = i.getState();
        boolean reviewing = state == IncidentState.UNDER_REVIEW || state == IncidentState.ACTIONS_OPEN;

        Span stateBadge = new Span(Labels.of(state));
        stateBadge.setId("review-state");
        stateBadge.getElement().getThemeList().add(state == IncidentState.CLOSED ? "badge success" : "badge");
        Span deadline = new Span(getTranslation("review.deadline") + ": " + dateTime(i.getReviewDeadline()));
        if (i.isOverdue(clock.instant())) {
            deadline.setText(deadline.getText() + " · " + getTranslation("incident.overdue"));
            deadline.getElement().getThemeList().add("badge error");
        }
        HorizontalLayout status = new HorizontalLayout(stateBadge, deadline);
        status.setAlignItems(FlexComponent.Alignment.CENTER);

        reviewer.setId("review-reviewer");
        reviewer.setLabel(getTranslation("review.reviewer"));
        reviewer.setItems(supervisors);
        reviewer.setItemLabelGenerator(UserRef::displayName);
        reviewer.setValue(i.getReviewerId() == null ? null
                : supervisors.stream().filter(u -> u.id() == i.getReviewerId()).findFirst().orElse(null));
        reviewer.setReadOnly(!supervisor || state == IncidentState.CLOSED);
        Button start = new Button(getTranslation(state == IncidentState.REPORTED ? "review.start" : "review.assign"),
                e -> run(() -> {
                    if (reviewer.getValue() == null) {
                        reviewer.setInvalid(true);
                        reviewer.setErrorMessage(getTranslation("validation.required"));
                        return;
                    }
                    if (state == IncidentState.REPORTED) {
                        service.startReview(siteId, incidentId, reviewer.getValue().id());
                    } else {
                        service.assignReviewer(siteId, incidentId, reviewer.getValue().id());
                    }
                }));
        start.setId("review-start");
        start.setVisible(supervisor && state != IncidentState.CLOSED);
        HorizontalLayout reviewerRow = new HorizontalLayout(reviewer, start);
        reviewerRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        findings.setId("review-findings");
        findings.setLabel(getTranslation("review.findings"));
        findings.setValue(orEmpty(i.getFindings()));
        findings.setMaxLength(Incident.FINDINGS_MAX);
        findings.setWidthFull();
        factors.setId("review-factors");
        factors.setLabel(getTranslation("review.contributingFactors"));
        factors.setValue(orEmpty(i.getContributingFactors()));
        factors.setMaxLength(Incident.FINDINGS_MAX);
        factors.setWidthFull();
        findings.setReadOnly(!supervisor || !reviewing);
        factors.setReadOnly(!supervisor || !reviewing);
        Map<String, HasValidation> reviewFields = Map.of("findings", findings, "contributingFactors", factors);
        Button save = new Button(getTranslation("review.save"), e -> run(() ->
                service.saveReview(siteId, incidentId, i.getVersion(), findings.getValue(), factors.getValue()),
                reviewFields));
        save.setId("review-save");
        save.setVisible(supervisor && reviewing);
        Button openActions = new Button(getTranslation("review.openActions"), e -> run(() -> {
            Incident saved = service.saveReview(siteId, incidentId, i.getVersion(), findings.getValue(), factors.getValue());
            service.openActions(siteId, saved.getId());
        }, reviewFields));
        openActions.setId("review-open-actions");
        openActions.setVisible(supervisor && state == IncidentState.UNDER_REVIEW);
        Button close = new Button(getTranslation("review.close"), VaadinIcon.CHECK.create(), e -> run(() -> {
            service.close(siteId, incidentId);
            Notifications.success(getTranslation("review.closed"));
        }));
        close.setId("review-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setVisible(supervisor && state == IncidentState.ACTIONS_OPEN);
        HorizontalLayout reviewButtons = new HorizontalLayout(save, openActions, close);

        actionGrid.removeAllColumns();
        actionGrid.setId("review-actions");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        actionGrid.addColumn(FollowUpAction::getText).setHeader(getTranslation("action.incident.text")).setFlexGrow(1);
        actionGrid.addColumn(a -> Optional.ofNullable(floorUsers.get(a.getOwnerId())).map(UserRef::displayName)
                .orElse("#" + a.getOwnerId())).setHeader(getTranslation("action.incident.owner")).setAutoWidth(true);
        actionGrid.addColumn(a -> date.format(a.getDueDate())).setHeader(getTranslation("action.incident.due"))
                .setAutoWidth(true);
        actionGrid.addColumn(a -> getTranslation(a.isDone() ? "action.incident.done"
                : a.isCarriedOver() ? "action.incident.carriedOver" : "action.incident.open"))
                .setHeader(getTranslation("action.incident.status")).setAutoWidth(true);
        if (supervisor && reviewing) {
            actionGrid.addComponentColumn(this::actionButtons).setKey("buttons").setAutoWidth(true).setFlexGrow(0);
        }
        actionGrid.setPartNameGenerator(a -> !a.isSettled() && a.getDueDate().isBefore(LocalDate.now(clock.withZone(zone)))
                ? "incident-overdue" : null);
        actionGrid.setItems(details.actions());
        actionGrid.setAllRowsVisible(true);
        Button addAction = new Button(getTranslation("action.incident.add"), VaadinIcon.PLUS.create(), e -> addAction());
        addAction.setId("action-add");
        addAction.setVisible(supervisor && reviewing);

        String signOff = i.getSignedOffAt() == null ? "—" : i.getSignedOffBy() + ", " + dateTime(i.getSignedOffAt());
        VerticalLayout layout = new VerticalLayout(status, reviewerRow, findings, factors, reviewButtons,
                new H3(getTranslation("action.incident.title")), addAction,
                details.actions().isEmpty() ? new Paragraph(getTranslation("action.incident.none")) : actionGrid,
                fact(getTranslation("review.signOff"), signOff));
        if (!supervisor) {
            layout.addComponentAsFirst(new Paragraph(getTranslation("review.readOnly")));
        }
        layout.setPadding(false);
        return layout;
    }

    private Component actionButtons(FollowUpAction a) {
        Button done = new Button(getTranslation("action.incident.markDone"),
                e -> run(() -> service.settleAction(siteId, incidentId, a.getId(), true, false)));
        done.setId("action-done-" + a.getId());
        Button carry = new Button(getTranslation("action.incident.carryOver"),
                e -> run(() -> service.settleAction(siteId, incidentId, a.getId(), false, true)));
        carry.setId("action-carry-" + a.getId());
        Button reopen = new Button(getTranslation("action.incident.reopen"),
                e -> run(() -> service.settleAction(siteId, incidentId, a.getId(), false, false)));
        reopen.setId("action-reopen-" + a.getId());
        for (Button b : List.of(done, carry, reopen)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        done.setVisible(!a.isDone());
        carry.setVisible(!a.isSettled());
        reopen.setVisible(a.isSettled());
        return new HorizontalLayout(done, carry, reopen);
    }

    private void addAction() {
        TextField text = new TextField(getTranslation("action.incident.text"));
        text.setId("action-text");
        text.setMaxLength(FollowUpAction.TEXT_MAX);
        text.setWidthFull();
        ComboBox<UserRef> owner = new ComboBox<>(getTranslation("action.incident.owner"));
        owner.setId("action-owner");
        owner.setItems(floorUsers.values());
        owner.setItemLabelGenerator(UserRef::displayName);
        DatePicker due = Pickers.date(getTranslation("action.incident.due"));
        due.setId("action-due");
        due.setValue(LocalDate.now(clock.withZone(zone)).plusDays(14));
        FormLayout form = new FormLayout(text, owner, due);
        FormDialog dialog = new FormDialog(getTranslation("action.incident.add"), form, () -> {
            if (owner.getValue() == null) {
                owner.setInvalid(true);
                owner.setErrorMessage(getTranslation("validation.required"));
                return false;
            }
            service.addAction(siteId, incidentId, text.getValue(), owner.getValue().id(), due.getValue());
            load();
            return true;
        });
        dialog.field("text", text).field("owner", owner).field("dueDate", due);
        dialog.setId("action-dialog");
        dialog.open();
    }

    private void editReport() {
        IncidentReportForm form = new IncidentReportForm(zone, siteService.booths(siteId),
                (pageable, filter) -> clientService.aliases(siteId, filter, pageable));
        form.read(IncidentReport.of(details.incident()));
        long version = details.incident().getVersion();
        FormDialog dialog = new FormDialog(getTranslation("incident.edit"), form, () -> {
            IncidentReport report = form.write();
            if (report == null) {
                return false;
            }
            service.updateReport(siteId, incidentId, version, report);
            load();
            return true;
        });
        dialog.field("occurredAt", form.occurredAt).field("description", form.description);
        dialog.setWidth("min(60rem, 95vw)");
        dialog.open();
    }

    private Component history() {
        historyGrid.removeAllColumns();
        historyGrid.setId("incident-history");
        DateTimeFormatter fmt = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(zone);
        historyGrid.addColumn(h -> fmt.format(h.at())).setHeader(getTranslation("incident.history.when")).setAutoWidth(true);
        historyGrid.addColumn(HistoryEntry::username).setHeader(getTranslation("incident.history.who")).setAutoWidth(true);
        historyGrid.addColumn(h -> getTranslation("incident.history.subject." + h.subject(), h.subjectId())
                + (h.change() == HistoryEntry.Change.CREATED ? " (" + getTranslation("incident.history.created") + ")"
                : h.change() == HistoryEntry.Change.REMOVED ? " (" + getTranslation("incident.history.removed") + ")" : ""))
                .setHeader(getTranslation("incident.history.what")).setAutoWidth(true);
        historyGrid.addColumn(h -> h.field().isEmpty() ? "" : getTranslation("incident.field." + h.field()))
                .setHeader(getTranslation("incident.history.field")).setAutoWidth(true);
        historyGrid.addColumn(h -> value(h.field(), h.oldValue())).setHeader(getTranslation("incident.history.old"))
                .setFlexGrow(1);
        historyGrid.addColumn(h -> value(h.field(), h.newValue())).setHeader(getTranslation("incident.history.new"))
                .setFlexGrow(1);
        List<HistoryEntry> entries = service.history(siteId, incidentId);
        historyGrid.setItems(entries.reversed());
        historyGrid.setHeight("32rem");
        if (entries.isEmpty()) {
            return new Paragraph(getTranslation("incident.history.none"));
        }
        return historyGrid;
    }

    /** A history value as a person reads it: names for user and booth ids, local times, captions. */
    private String value(String field, Object v) {
        if (v == null) {
            return "—";
        }
        if (v instanceof Enum<?> e) {
            return Labels.of(e);
        }
        if (v instanceof Instant t) {
            return dateTime(t);
        }
        if (v instanceof Boolean b) {
            return getTranslation(b ? "common.yes" : "common.no");
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Long id && (field.equals("reviewerId") || field.equals("ownerId"))) {
            return Optional.ofNullable(floorUsers.get(id)).map(UserRef::displayName).orElse("#" + id);
        }
        if (v instanceof Long id && field.equals("boothId")) {
            return boothLabels.getOrDefault(id, "#" + id);
        }
        if (v instanceof TemporalAccessor t) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(t);
        }
        return v.toString();
    }

    private void run(Runnable action) {
        run(action, Map.of());
    }

    /** Runs a change; a refusal about one of {@code fields} is shown at that field, any other as a notice. */
    private void run(Runnable action, Map<String, HasValidation> fields) {
        try {
            action.run();
            load();
        } catch (BusinessException e) {
            HasValidation field = e.field() == null ? null : fields.get(e.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(e.messageKey(), e.args()));
                field.setInvalid(true);
            } else {
                Notifications.error(getTranslation(e.messageKey(), e.args()));
            }
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.concurrentChange"));
            load();
        }
    }

    private String dateTime(Instant t) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone).format(t);
    }

    private static Component fact(String label, String value) {
        Span l = new Span(label);
        l.addClassName("incident-fact-label");
        Span v = new Span(value);
        Div d = new Div(l, v);
        d.addClassName("incident-fact");
        return d;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incident.title", incidentId) + " · " + getTranslation("app.title");
    }
}
