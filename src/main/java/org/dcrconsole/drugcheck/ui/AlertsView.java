package org.dcrconsole.drugcheck.ui;

import org.dcrconsole.base.ui.Pickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Set;
import java.util.stream.Collectors;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.booth.AlertSeverity;
import org.dcrconsole.booth.ClientRow;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.drugcheck.AlertInput;
import org.dcrconsole.drugcheck.AlertRow;
import org.dcrconsole.drugcheck.DrugAlert;
import org.dcrconsole.drugcheck.DrugCheckService;
import org.dcrconsole.drugcheck.Found;
import org.dcrconsole.drugcheck.ResultInput;
import org.dcrconsole.drugcheck.ResultRow;
import org.dcrconsole.drugcheck.SoldAs;
import org.dcrconsole.drugcheck.TestMethod;
import org.dcrconsole.incident.DescriptionCheck;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.ui.CurrentSite;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Drug-checking results and alerts of the current site. Staff and supervisors record results;
 * supervisors raise an alert from the results they tick and end their site's alerts; managers
 * read. Both lists are paged in the database.
 */
@Route("alerts")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.MANAGER})
@Menu(order = 14, title = "nav.alerts", icon = "vaadin:warning")
public class AlertsView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 50;

    private final transient DrugCheckService service;
    private final transient ClientService clientService;
    private final @Nullable SiteInfo site;
    private final boolean supervisor;
    final Grid<ResultRow> results = new Grid<>();
    final Grid<AlertRow> alerts = new Grid<>();
    final Button record = new Button();
    final Button raise = new Button();

    AlertsView(DrugCheckService service, ClientService clientService, CurrentSite currentSite) {
        this.service = service;
        this.clientService = clientService;
        this.site = currentSite.get().orElse(null);
        this.supervisor = CurrentUser.hasRole(Role.SUPERVISOR);
        setSizeFull();
        setPadding(false);
        record.setText(getTranslation("drugcheck.record"));
        record.setIcon(VaadinIcon.FLASK.create());
        record.setId("record-result");
        record.addClickListener(e -> openResult());
        record.setVisible(supervisor || CurrentUser.hasRole(Role.STAFF));
        raise.setText(getTranslation("drugcheck.raise"));
        raise.setIcon(VaadinIcon.WARNING.create());
        raise.setId("raise-alert");
        raise.addThemeVariants(ButtonVariant.LUMO_ERROR);
        raise.addClickListener(e -> openAlert());
        raise.setVisible(supervisor);
        raise.setEnabled(false);
        add(new ViewToolbar(getTranslation("nav.alerts"), record, raise));
        if (site == null) {
            record.setEnabled(false);
            add(new Paragraph(getTranslation("board.noSite")));
            return;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(site.zone());

        alerts.setId("alerts-grid");
        alerts.setPageSize(PAGE);
        alerts.addColumn(a -> getTranslation(a.active() ? "drugcheck.alert.active" : a.endedAt() != null
                ? "drugcheck.alert.ended" : "drugcheck.alert.expired")).setHeader(getTranslation("drugcheck.alert.state"))
                .setAutoWidth(true).setKey("state");
        alerts.addColumn(a -> Labels.of(a.severity())).setHeader(getTranslation("drugcheck.alert.severity")).setAutoWidth(true);
        alerts.addColumn(AlertRow::text).setHeader(getTranslation("drugcheck.alert.text")).setFlexGrow(1).setKey("text");
        alerts.addColumn(a -> getTranslation(a.network() ? "drugcheck.alert.network" : "drugcheck.alert.site"))
                .setHeader(getTranslation("drugcheck.alert.scope")).setAutoWidth(true);
        alerts.addColumn(a -> a.substances().stream().map(Labels::of).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("drugcheck.alert.substances")).setAutoWidth(true);
        alerts.addColumn(a -> getTranslation("drugcheck.by", time.format(a.raisedAt()), a.raisedBy()))
                .setHeader(getTranslation("drugcheck.alert.raised")).setAutoWidth(true);
        alerts.addColumn(a -> time.format(a.expiresAt())).setHeader(getTranslation("drugcheck.alert.expires")).setAutoWidth(true);
        alerts.addComponentColumn(this::endButton).setAutoWidth(true).setFlexGrow(0).setKey("actions");
        alerts.setItemsPageable(p -> service.alerts(site.id(), PageRequest.of(p.getPageNumber(), p.getPageSize())).getContent());
        alerts.setHeight("40%");

        results.setId("results-grid");
        results.setPageSize(PAGE);
        if (supervisor) {
            results.setSelectionMode(Grid.SelectionMode.MULTI);
            results.addSelectionListener(e -> raise.setEnabled(!e.getAllSelectedItems().isEmpty()));
        }
        results.addColumn(r -> date.format(r.checkedOn())).setHeader(getTranslation("drugcheck.result.checkedOn")).setAutoWidth(true);
        results.addColumn(r -> Labels.of(r.soldAs())).setHeader(getTranslation("drugcheck.result.soldAs")).setAutoWidth(true);
        results.addColumn(r -> r.found().stream().map(Labels::of).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("drugcheck.result.found")).setFlexGrow(1).setKey("found");
        results.addColumn(r -> Labels.of(r.method())).setHeader(getTranslation("drugcheck.result.method")).setAutoWidth(true);
        results.addColumn(r -> r.clientAlias() == null ? "" : r.clientAlias())
                .setHeader(getTranslation("drugcheck.result.client")).setAutoWidth(true);
        results.setItemsPageable(p -> service.results(site.id(), PageRequest.of(p.getPageNumber(), p.getPageSize())).getContent());
        results.setHeight("40%");

        add(new H3(getTranslation("drugcheck.alerts")), alerts, new H3(getTranslation("drugcheck.results")), results);
    }

    private Button endButton(AlertRow row) {
        Button end = new Button(getTranslation("drugcheck.alert.end"), e -> run(() -> service.endAlert(site.id(), row.id())));
        end.setId("end-alert-" + row.id());
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        // only the raising site's supervisors end an alert; the service refuses everyone else too
        end.setVisible(supervisor && row.ownSite() && row.active());
        return end;
    }

    private void openResult() {
        LocalDate today = LocalDate.now(site.zone());
        DatePicker checkedOn = Pickers.date(getTranslation("drugcheck.result.checkedOn"));
        checkedOn.setValue(today);
        checkedOn.setId("result-checked-on");
        checkedOn.setMax(today);
        checkedOn.setMin(today.minusDays(DrugCheckService.MAX_RESULT_DAYS_BACK));
        ComboBox<SoldAs> soldAs = new ComboBox<>(getTranslation("drugcheck.result.soldAs"), SoldAs.values());
        soldAs.setId("result-sold-as");
        soldAs.setItemLabelGenerator(Labels::of);
        MultiSelectComboBox<Found> found = new MultiSelectComboBox<>(getTranslation("drugcheck.result.found"), Found.values());
        found.setId("result-found");
        found.setItemLabelGenerator(Labels::of);
        ComboBox<TestMethod> method = new ComboBox<>(getTranslation("drugcheck.result.method"), TestMethod.values());
        method.setId("result-method");
        method.setItemLabelGenerator(Labels::of);
        // a client is picked from the site's register, never typed as free text
        ComboBox<ClientRow> client = new ComboBox<>(getTranslation("drugcheck.result.client"));
        client.setId("result-client");
        client.setItemLabelGenerator(ClientRow::alias);
        client.setHelperText(getTranslation("drugcheck.result.clientHelp"));
        client.setItems(query -> clientService.list(site.id(), query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        FormDialog dialog = new FormDialog(getTranslation("drugcheck.record"),
                new FormLayout(checkedOn, soldAs, found, method, client), () -> {
                    ClientRow c = client.getValue();
                    service.recordResult(site.id(), new ResultInput(checkedOn.getValue(), soldAs.getValue(),
                            found.getValue(), method.getValue(), c == null ? null : c.id()));
                    results.getDataProvider().refreshAll();
                    Notifications.success(getTranslation("notice.saved"));
                    return true;
                });
        dialog.field("checkedOn", checkedOn).field("soldAs", soldAs).field("found", found).field("method", method)
                .field("client", client);
        dialog.setId("result-dialog");
        dialog.getSaveButton().setId("result-submit");
        dialog.open();
    }

    private void openAlert() {
        Set<Long> chosen = results.getSelectedItems().stream().map(ResultRow::id).collect(Collectors.toSet());
        TextArea text = new TextArea(getTranslation("drugcheck.alert.text"));
        text.setId("alert-text");
        text.setMaxLength(DrugAlert.TEXT_MAX);
        text.setHelperText(getTranslation("drugcheck.alert.textHelp"));
        ComboBox<AlertSeverity> severity = new ComboBox<>(getTranslation("drugcheck.alert.severity"), AlertSeverity.values());
        severity.setId("alert-severity");
        severity.setItemLabelGenerator(Labels::of);
        severity.setValue(AlertSeverity.WARNING);
        Checkbox network = new Checkbox(getTranslation("drugcheck.alert.networkWide"));
        network.setId("alert-network");
        DateTimePicker expires = Pickers.dateTime();
        expires.setLabel(getTranslation("drugcheck.alert.expires"));
        expires.setId("alert-expires");
        LocalDateTime now = LocalDateTime.now(site.zone());
        expires.setMin(now);
        expires.setValue(now.plusDays(7).withSecond(0).withNano(0));
        Checkbox noName = new Checkbox(getTranslation("drugcheck.alert.noName"));
        noName.setId("alert-no-name");
        noName.setVisible(false);
        FormDialog dialog = new FormDialog(getTranslation("drugcheck.raise"),
                new FormLayout(text, severity, network, expires, noName), () -> {
                    // a name warning is a hint: the supervisor may save once they have read it
                    if (!DescriptionCheck.check(text.getValue()).isEmpty() && !noName.getValue()) {
                        text.setHelperText(getTranslation("drugcheck.alert.nameWarning"));
                        noName.setVisible(true);
                        return false;
                    }
                    if (expires.getValue() == null) {
                        throw new BusinessException("expiresAt", "drugcheck.error.expiresAt");
                    }
                    service.raiseAlert(site.id(), new AlertInput(text.getValue(), severity.getValue(), network.getValue(),
                            expires.getValue().atZone(site.zone()).toInstant(), chosen));
                    alerts.getDataProvider().refreshAll();
                    results.deselectAll();
                    Notifications.success(getTranslation("drugcheck.alert.raisedNotice"));
                    return true;
                });
        dialog.field("text", text).field("severity", severity).field("expiresAt", expires);
        dialog.setId("alert-dialog");
        dialog.getSaveButton().setId("alert-submit");
        dialog.open();
    }

    private void run(Runnable action) {
        Notifications.attempt(action);
        alerts.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.alerts") + " · " + getTranslation("app.title");
    }
}
