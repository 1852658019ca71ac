package org.dcrconsole.client.ui;

import org.dcrconsole.base.ui.Pickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.booth.ClientBanEntry;
import org.dcrconsole.booth.ClientFlagEntry;
import org.dcrconsole.booth.ClientRefusal;
import org.dcrconsole.booth.ClientRow;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.booth.ClientVisit;
import org.dcrconsole.client.ClientPageService;
import org.dcrconsole.incident.DescriptionCheck;
import org.dcrconsole.incident.IncidentRow;
import org.dcrconsole.incident.IncidentService;
import org.dcrconsole.naloxone.NaloxoneRecord;
import org.dcrconsole.naloxone.NaloxoneService;
import org.dcrconsole.naloxone.ReversalOutcome;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.Roles;
import org.dcrconsole.security.UserRef;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.ui.CurrentSite;
import org.dcrconsole.stock.NaloxoneKit;
import org.jspecify.annotations.Nullable;

/**
 * One client of the current site: who they are (alias, first visit, eligibility), safety flags
 * and bans (with the history of lifted ones), their visits, refusals, incidents and take-home
 * naloxone. Supervisors set flags and bans here.
 */
@Route("clients/:clientId([0-9]+)")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.MANAGER})
public class ClientView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int GRID_PAGE = 25;

    private final transient ClientPageService pageService;
    private final transient ClientService clientService;
    private final transient IncidentService incidentService;
    private final transient NaloxoneService naloxoneService;
    private final CurrentSite currentSite;
    private transient @Nullable SiteInfo site;
    private @Nullable ClientRow client;
    private transient DateTimeFormatter date;
    private transient DateTimeFormatter time;

    final Div summary = new Div();
    final Div flags = new Div();
    final Grid<ClientBanEntry> bans = new Grid<>();
    final Grid<ClientVisit> visits = new Grid<>();
    final Grid<ClientRefusal> refusals = new Grid<>();
    final Grid<IncidentRow> incidents = new Grid<>();
    final HorizontalLayout supervisorActions = new HorizontalLayout();
    final Div naloxone = new Div();
    final HorizontalLayout naloxoneActions = new HorizontalLayout();

    ClientView(ClientPageService pageService, ClientService clientService, IncidentService incidentService,
               NaloxoneService naloxoneService, CurrentSite currentSite) {
        this.pageService = pageService;
        this.clientService = clientService;
        this.incidentService = incidentService;
        this.naloxoneService = naloxoneService;
        this.currentSite = currentSite;
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("clientId");
        site = currentSite.get().orElse(null);
        if (site == null || id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            client = pageService.open(site.id(), id.get());
        } catch (BusinessException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(site.zone());
        add(new ViewToolbar(getTranslation("clientPage.title", client.alias())));
        summary.setId("client-summary");
        summary.addClassName("client-page__summary");
        flags.setId("client-flags");
        supervisorActions.setId("client-supervisor-actions");
        VerticalLayout body = new VerticalLayout(summary, flags, supervisorActions);
        naloxone.setId("client-naloxone");
        naloxoneActions.setId("client-naloxone-actions");
        body.add(new H3(getTranslation("naloxone.title")), naloxone, naloxoneActions);
        body.add(new H3(getTranslation("clientPage.bans")), bans);
        body.add(new H3(getTranslation("clientPage.visits")), visits);
        body.add(new H3(getTranslation("clientPage.refusals")), refusals);
        body.add(new H3(getTranslation("clientPage.incidents")), incidents);
        add(body);
        configureGrids();
        refresh();
    }

    private void configureGrids() {
        long siteId = site.id();
        long clientId = client.id();
        bans.setId("client-bans");
        bans.setAllRowsVisible(true);
        bans.addColumn(b -> getTranslation(b.network() ? "clientPage.ban.network" : "clientPage.ban.site"))
                .setHeader(getTranslation("clientPage.ban.scope")).setAutoWidth(true);
        bans.addColumn(ClientBanEntry::reason).setHeader(getTranslation("clientPage.ban.reason")).setFlexGrow(1);
        bans.addColumn(b -> date.format(b.bannedUntil())).setHeader(getTranslation("clientPage.ban.until")).setAutoWidth(true);
        bans.addColumn(b -> getTranslation("clientPage.ban.by", time.format(b.bannedAt()), b.bannedBy()))
                .setHeader(getTranslation("clientPage.ban.set")).setAutoWidth(true);
        bans.addColumn(b -> b.liftedAt() == null ? "" : getTranslation("clientPage.ban.by", time.format(b.liftedAt()),
                        b.liftedBy()))
                .setHeader(getTranslation("clientPage.ban.lifted")).setAutoWidth(true).setKey("lifted");

        visits.setId("client-visits");
        visits.setHeight("18rem");
        visits.setPageSize(GRID_PAGE);
        visits.addColumn(v -> time.format(v.startedAt())).setHeader(getTranslation("clientPage.visit.started")).setAutoWidth(true);
        visits.addColumn(v -> v.endedAt() == null ? "" : time.format(v.endedAt()))
                .setHeader(getTranslation("clientPage.visit.ended")).setAutoWidth(true);
        visits.addColumn(ClientVisit::boothLabel).setHeader(getTranslation("clientPage.visit.booth")).setAutoWidth(true);
        visits.addColumn(v -> v.substances().stream().map(Labels::of).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("clientPage.visit.substances"));
        visits.addColumn(v -> Labels.of(v.route())).setHeader(getTranslation("clientPage.visit.route")).setAutoWidth(true);
        visits.setItemsPageable(p -> clientService.visits(siteId, clientId, p).getContent());

        refusals.setId("client-refusals");
        refusals.setHeight("12rem");
        refusals.setPageSize(GRID_PAGE);
        refusals.addColumn(r -> time.format(r.refusedAt())).setHeader(getTranslation("clientPage.refusal.at")).setAutoWidth(true);
        refusals.addColumn(r -> Labels.of(r.reason())).setHeader(getTranslation("clientPage.refusal.reason"));
        refusals.setItemsPageable(p -> clientService.refusals(siteId, clientId, p).getContent());

        incidents.setId("client-incidents");
        incidents.setHeight("12rem");
        incidents.setPageSize(GRID_PAGE);
        incidents.addColumn(i -> time.format(i.occurredAt())).setHeader(getTranslation("clientPage.incident.at")).setAutoWidth(true);
        incidents.addColumn(i -> Labels.of(i.type())).setHeader(getTranslation("clientPage.incident.type")).setAutoWidth(true);
        incidents.addColumn(i -> Labels.of(i.severity())).setHeader(getTranslation("clientPage.incident.severity")).setAutoWidth(true);
        incidents.addColumn(i -> Labels.of(i.state())).setHeader(getTranslation("clientPage.incident.state"));
        incidents.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("incidents/" + e.getItem().id())));
        incidents.setItemsPageable(p -> incidentService.forClient(siteId, client.alias(), p).getContent());
    }

    private void refresh() {
        client = clientService.get(site.id(), client.id());
        LocalDate today = LocalDate.now(site.zone());
        List<ClientBanEntry> history = clientService.banHistory(site.id(), client.id());
        Optional<ClientBanEntry> holding = history.stream().filter(b -> b.holdsOn(today)).findFirst();

        summary.removeAll();
        summary.add(fact("clientPage.alias", client.alias()),
                fact("clientPage.firstVisit", client.firstVisitAt() == null ? getTranslation("clientPage.none")
                        : time.format(client.firstVisitAt())),
                fact("clientPage.visitCount", String.valueOf(client.visits())),
                fact("clientPage.eligibility", getTranslation(client.eligibilityConfirmed()
                        ? "client.eligibility.confirmed" : "client.eligibility.open")),
                fact("clientPage.ban", holding.map(b -> getTranslation(b.network() ? "clientPage.ban.holdsNetwork"
                        : "clientPage.ban.holds", date.format(b.bannedUntil()), b.reason()))
                        .orElse(getTranslation("client.ban.none"))));

        List<ClientFlagEntry> flagList = clientService.flags(site.id(), client.id());
        flags.removeAll();
        boolean supervisor = CurrentUser.hasRole(Role.SUPERVISOR);
        for (ClientFlagEntry f : flagList.stream().filter(ClientFlagEntry::active).toList()) {
            Span badge = new Span(getTranslation("clientPage.flag", f.text(), time.format(f.setAt()), f.setBy()));
            badge.getElement().getThemeList().add("badge error");
            HorizontalLayout line = new HorizontalLayout(badge);
            line.addClassName("client-page__flag");
            if (supervisor) {
                Button remove = new Button(getTranslation("clientPage.flag.remove"),
                        e -> run(() -> clientService.removeFlag(site.id(), f.id())));
                remove.setId("remove-flag-" + f.id());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                line.add(remove);
            }
            flags.add(line);
        }

        supervisorActions.removeAll();
        if (supervisor) {
            Button addFlag = new Button(getTranslation("clientPage.flag.add"), e -> openFlag());
            addFlag.setId("client-add-flag");
            supervisorActions.add(addFlag);
            boolean ownBanHolds = history.stream().anyMatch(b -> b.holdsOn(today) && !b.otherSite());
            if (ownBanHolds) {
                Button lift = new Button(getTranslation("client.ban.lift"),
                        e -> run(() -> clientService.liftBan(site.id(), client.id())));
                lift.setId("client-lift-ban");
                supervisorActions.add(lift);
            } else {
                Button ban = new Button(getTranslation("client.ban.set"), e -> openBan(today));
                ban.setId("client-ban");
                ban.addThemeVariants(ButtonVariant.LUMO_ERROR);
                supervisorActions.add(ban);
            }
        }
        supervisorActions.setVisible(supervisor);
        bans.setItems(history);
        showNaloxone(supervisor || CurrentUser.hasRole(Role.STAFF));
    }

    private void showNaloxone(boolean mayRecord) {
        NaloxoneRecord record = naloxoneService.record(site.id(), client.id());
        naloxone.removeAll();
        naloxone.add(new Paragraph(record.trainings().isEmpty() ? getTranslation("naloxone.notTrained")
                : record.trainings().stream().map(t -> getTranslation("naloxone.trained", date.format(t.trainedOn()),
                        t.trainer())).collect(Collectors.joining(" · "))));
        Span kitsTitle = new Span(getTranslation("naloxone.kits"));
        kitsTitle.addClassName("client-page__label");
        naloxone.add(kitsTitle);
        UnorderedList kits = new UnorderedList();
        kits.setId("client-naloxone-kits");
        for (NaloxoneRecord.Kit k : record.kits()) {
            String line = k.lotNumber() == null
                    ? getTranslation("naloxone.kit.noLot", time.format(k.handedOutAt()), k.itemName(), k.handedOutBy())
                    : getTranslation("naloxone.kit", time.format(k.handedOutAt()), k.itemName(), k.lotNumber(),
                    date.format(k.expiryDate()), k.handedOutBy());
            kits.add(new ListItem(k.refill() ? line + " (" + getTranslation("naloxone.kit.refill") + ")" : line));
        }
        if (record.kits().isEmpty()) {
            kits.add(new ListItem(getTranslation("naloxone.none")));
        }
        Span reversalsTitle = new Span(getTranslation("naloxone.reversals"));
        reversalsTitle.addClassName("client-page__label");
        UnorderedList reversals = new UnorderedList();
        reversals.setId("client-naloxone-reversals");
        for (NaloxoneRecord.Reversal r : record.reversals()) {
            reversals.add(new ListItem(getTranslation("naloxone.reversal", date.format(r.usedOn()),
                    Labels.of(r.outcome()), r.reportedBy())));
        }
        if (record.reversals().isEmpty()) {
            reversals.add(new ListItem(getTranslation("naloxone.none")));
        }
        naloxone.add(kits, reversalsTitle, reversals);

        naloxoneActions.removeAll();
        naloxoneActions.setVisible(mayRecord);
        if (mayRecord) {
            Button training = new Button(getTranslation("naloxone.recordTraining"), e -> openTraining());
            training.setId("naloxone-training");
            Button handOut = new Button(getTranslation("naloxone.handOut"), e -> openHandOut());
            handOut.setId("naloxone-hand-out");
            Button reversal = new Button(getTranslation("naloxone.reportReversal"), e -> openReversal());
            reversal.setId("naloxone-reversal");
            naloxoneActions.add(training, handOut, reversal);
        }
    }

    private void openTraining() {
        LocalDate today = LocalDate.now(site.zone());
        DatePicker trainedOn = Pickers.date(getTranslation("naloxone.trainedOn"));
        trainedOn.setValue(today);
        trainedOn.setId("training-date");
        trainedOn.setMax(today);
        trainedOn.setMin(today.minusDays(NaloxoneService.MAX_DAYS_BACK));
        ComboBox<UserRef> trainer = new ComboBox<>(getTranslation("naloxone.trainer"));
        trainer.setId("training-trainer");
        List<UserRef> trainers = naloxoneService.trainers(site.id());
        trainer.setItems(trainers);
        trainer.setItemLabelGenerator(UserRef::displayName);
        trainers.stream().filter(u -> u.username().equals(CurrentUser.username())).findFirst().ifPresent(trainer::setValue);
        FormDialog dialog = new FormDialog(getTranslation("naloxone.recordTraining"), new FormLayout(trainedOn, trainer),
                () -> {
                    if (trainer.getValue() == null) {
                        throw new BusinessException("trainer", "naloxone.error.trainer");
                    }
                    naloxoneService.recordTraining(site.id(), client.id(), trainedOn.getValue(), trainer.getValue().id());
                    Notifications.success(getTranslation("notice.saved"));
                    refresh();
                    return true;
                });
        dialog.field("trainedOn", trainedOn).field("trainer", trainer);
        dialog.setId("training-dialog");
        dialog.getSaveButton().setId("training-submit");
        dialog.open();
    }

    private void openHandOut() {
        ComboBox<NaloxoneKit> item = new ComboBox<>(getTranslation("naloxone.item"));
        item.setId("kit-item");
        List<NaloxoneKit> items = naloxoneService.kitItems(site.id());
        item.setItems(items);
        item.setItemLabelGenerator(NaloxoneKit::itemName);
        if (items.size() == 1) {
            item.setValue(items.getFirst());
        }
        FormDialog dialog = new FormDialog(getTranslation("naloxone.handOut"), new FormLayout(item), () -> {
            if (item.getValue() == null) {
                throw new BusinessException("itemId", "naloxone.error.item");
            }
            NaloxoneRecord.Kit kit = naloxoneService.handOutKit(site.id(), client.id(), item.getValue().itemId());
            Notifications.success(kit.lotNumber() == null ? getTranslation("naloxone.handedOutNoLot")
                    : getTranslation("naloxone.handedOut", kit.lotNumber()));
            refresh();
            return true;
        });
        dialog.field("itemId", item).field("quantity", item);
        dialog.setId("kit-dialog");
        dialog.getSaveButton().setId("kit-submit");
        dialog.open();
    }

    private void openReversal() {
        LocalDate today = LocalDate.now(site.zone());
        DatePicker usedOn = Pickers.date(getTranslation("naloxone.usedOn"));
        usedOn.setValue(today);
        usedOn.setId("reversal-date");
        usedOn.setMax(today);
        usedOn.setMin(today.minusDays(NaloxoneService.MAX_DAYS_BACK));
        ComboBox<ReversalOutcome> outcome = new ComboBox<>(getTranslation("naloxone.outcome"), ReversalOutcome.values());
        outcome.setId("reversal-outcome");
        outcome.setItemLabelGenerator(Labels::of);
        FormDialog dialog = new FormDialog(getTranslation("naloxone.reportReversal"), new FormLayout(usedOn, outcome),
                () -> {
                    naloxoneService.reportReversal(site.id(), client.id(), usedOn.getValue(), outcome.getValue());
                    Notifications.success(getTranslation("notice.saved"));
                    refresh();
                    return true;
                });
        dialog.field("usedOn", usedOn).field("outcome", outcome);
        dialog.setId("reversal-dialog");
        dialog.getSaveButton().setId("reversal-submit");
        dialog.open();
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("client-page__label");
        Span text = new Span(value);
        text.addClassName("client-page__value");
        Div fact = new Div(label, text);
        fact.addClassName("client-page__fact");
        return fact;
    }

    private void openFlag() {
        TextArea text = new TextArea(getTranslation("clientPage.flag.text"));
        text.setId("flag-text");
        text.setMaxLength(ClientService.FLAG_TEXT_MAX);
        text.setHelperText(getTranslation("clientPage.flag.help"));
        Checkbox confirmed = new Checkbox(getTranslation("clientPage.flag.noName"));
        confirmed.setId("flag-no-name");
        confirmed.setVisible(false);
        FormDialog dialog = new FormDialog(getTranslation("clientPage.flag.add"), new FormLayout(text, confirmed), () -> {
            // a name warning is a hint: the supervisor may save once they have read it
            if (!DescriptionCheck.check(text.getValue()).isEmpty() && !confirmed.getValue()) {
                text.setHelperText(getTranslation("clientPage.flag.nameWarning"));
                confirmed.setVisible(true);
                return false;
            }
            clientService.addFlag(site.id(), client.id(), text.getValue());
            Notifications.success(getTranslation("notice.saved"));
            refresh();
            return true;
        });
        dialog.field("flagText", text);
        dialog.setId("flag-dialog");
        dialog.getSaveButton().setId("flag-submit");
        dialog.open();
    }

    private void openBan(LocalDate today) {
        TextArea reason = new TextArea(getTranslation("client.ban.reason"));
        reason.setId("ban-reason");
        reason.setMaxLength(ClientService.BAN_REASON_MAX);
        DatePicker until = Pickers.date(getTranslation("client.ban.untilDate"));
        until.setId("ban-until");
        until.setMin(today);
        until.setValue(today.plusWeeks(1));
        Checkbox network = new Checkbox(getTranslation("clientPage.ban.networkWide"));
        network.setId("ban-network");
        FormDialog dialog = new FormDialog(getTranslation("client.ban.title", client.alias()),
                new FormLayout(reason, until, network), () -> {
                    clientService.ban(site.id(), client.id(), reason.getValue(), until.getValue(), network.getValue());
                    Notifications.success(getTranslation("notice.saved"));
                    refresh();
                    return true;
                });
        dialog.field("banReason", reason).field("bannedUntil", until);
        dialog.setId("ban-dialog");
        dialog.getSaveButton().setId("ban-submit");
        dialog.open();
    }

    private void run(Runnable action) {
        Notifications.attempt(action);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return (client == null ? getTranslation("nav.clients") : getTranslation("clientPage.title", client.alias()))
                + " · " + getTranslation("app.title");
    }
}
