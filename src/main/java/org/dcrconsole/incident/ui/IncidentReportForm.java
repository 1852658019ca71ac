package org.dcrconsole.incident.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.dcrconsole.base.ui.Pickers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.incident.DescriptionCheck;
import org.dcrconsole.incident.Incident;
import org.dcrconsole.incident.IncidentReport;
import org.dcrconsole.incident.IncidentType;
import org.dcrconsole.incident.Severity;
import org.dcrconsole.site.BoothInfo;

/**
 * The report of an incident: what, when, where, who was there. Warns, while typing, when the
 * description looks like it holds a person's name or a phone number.
 */
public class IncidentReportForm extends Composite<FormLayout> {

    final DateTimePicker occurredAt = Pickers.dateTime();
    final Select<IncidentType> type = new Select<>();
    final Select<Severity> severity = new Select<>();
    final ComboBox<BoothInfo> booth = new ComboBox<>();
    final ComboBox<String> clientAlias = new ComboBox<>();
    final TextArea description = new TextArea();
    final Div descriptionWarning = new Div();
    final TextField staffInvolved = new TextField();
    final Checkbox policeCalled = new Checkbox();

    private final Binder<IncidentReport> binder = new Binder<>(IncidentReport.class);
    private final ZoneId zone;
    private final List<BoothInfo> booths;
    private IncidentReport bean;

    /**
     * @param aliases the site's client aliases starting with the typed text, a page at a time: the
     *                alias is picked from the register, never typed, so no code or name lands in it
     */
    public IncidentReportForm(ZoneId zone, List<BoothInfo> booths,
                              ComboBoxBase.SpringData.FetchCallback<Pageable, String> aliases) {
        this.zone = zone;
        this.booths = booths;
        occurredAt.setId("incident-occurred-at");
        occurredAt.setLabel(getTranslation("incident.occurredAt"));
        occurredAt.setStep(java.time.Duration.ofMinutes(1));
        type.setId("incident-type");
        type.setLabel(getTranslation("incident.type"));
        type.setItems(IncidentType.values());
        type.setItemLabelGenerator(Labels::of);
        severity.setId("incident-severity");
        severity.setLabel(getTranslation("incident.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(Labels::of);
        booth.setId("incident-booth");
        booth.setLabel(getTranslation("incident.booth"));
        booth.setItems(booths);
        booth.setItemLabelGenerator(BoothInfo::label);
        booth.setClearButtonVisible(true);
        clientAlias.setId("incident-alias");
        clientAlias.setLabel(getTranslation("incident.clientAlias"));
        clientAlias.setHelperText(getTranslation("incident.clientAlias.help"));
        clientAlias.setItemsPageable(aliases);
        clientAlias.setClearButtonVisible(true);
        clientAlias.setAllowCustomValue(false);
        description.setId("incident-description");
        description.setLabel(getTranslation("incident.description"));
        description.setHelperText(getTranslation("incident.description.help"));
        description.setMaxLength(Incident.DESCRIPTION_MAX);
        description.setRequired(true);
        description.setMinHeight("8rem");
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.addValueChangeListener(e -> warn());
        descriptionWarning.setId("incident-description-warning");
        descriptionWarning.addClassName("incident-warning");
        descriptionWarning.setVisible(false);
        staffInvolved.setId("incident-staff");
        staffInvolved.setLabel(getTranslation("incident.staffInvolved"));
        staffInvolved.setHelperText(getTranslation("incident.staffInvolved.help"));
        staffInvolved.setMaxLength(Incident.STAFF_MAX);
        policeCalled.setId("incident-police");
        policeCalled.setLabel(getTranslation("incident.policeCalled"));

        binder.forField(occurredAt).asRequired(getTranslation("validation.required"))
                .withConverter(this::toInstant, this::toLocal)
                .bind(IncidentReport::getOccurredAt, IncidentReport::setOccurredAt);
        binder.forField(type).asRequired(getTranslation("validation.required"))
                .bind(IncidentReport::getType, IncidentReport::setType);
        binder.forField(severity).asRequired(getTranslation("validation.required"))
                .bind(IncidentReport::getSeverity, IncidentReport::setSeverity);
        binder.forField(booth).bind(r -> booths.stream().filter(b -> b.id() == (r.getBoothId() == null ? -1 : r.getBoothId()))
                .findFirst().orElse(null), (r, b) -> r.setBoothId(b == null ? null : b.id()));
        binder.forField(clientAlias).bind(IncidentReport::getClientAlias, IncidentReport::setClientAlias);
        binder.forField(description).asRequired(getTranslation("validation.required"))
                .bind(IncidentReport::getDescription, IncidentReport::setDescription);
        binder.forField(staffInvolved).bind(r -> r.getStaffInvolved() == null ? "" : r.getStaffInvolved(),
                IncidentReport::setStaffInvolved);
        binder.forField(policeCalled).bind(IncidentReport::isPoliceCalled, IncidentReport::setPoliceCalled);

        FormLayout layout = getContent();
        layout.add(occurredAt, type, severity, booth, clientAlias, staffInvolved);
        layout.add(description, 2);
        layout.add(descriptionWarning, 2);
        layout.add(policeCalled);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
    }

    public void read(IncidentReport report) {
        this.bean = report;
        binder.readBean(report);
        warn();
    }

    /** The report as typed, or null when a field is invalid (the field shows why). */
    public IncidentReport write() {
        if (!binder.writeBeanIfValid(bean)) {
            return null;
        }
        return bean;
    }

    /** Shows a service refusal at its field, or as a notice. */
    public void show(BusinessException e) {
        String text = getTranslation(e.messageKey(), e.args());
        Map<String, HasValidation> fields = Map.of("occurredAt", occurredAt, "description", description,
                "clientAlias", clientAlias, "staffInvolved", staffInvolved);
        HasValidation f = e.field() == null ? null : fields.get(e.field());
        if (f != null) {
            f.setErrorMessage(text);
            f.setInvalid(true);
        } else {
            Notifications.error(text);
        }
    }

    private void warn() {
        List<DescriptionCheck.Finding> findings = DescriptionCheck.check(description.getValue());
        descriptionWarning.setVisible(!findings.isEmpty());
        descriptionWarning.setText(String.join(" ", findings.stream()
                .map(f -> getTranslation(f == DescriptionCheck.Finding.PERSON_NAME ? "incident.warning.personName"
                        : "incident.warning.phoneNumber")).toList()));
    }

    private Instant toInstant(LocalDateTime local) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    private LocalDateTime toLocal(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    List<BoothInfo> booths() {
        return booths;
    }
}
