package org.dcrconsole.handover.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.booth.ClientRow;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.handover.HandoverDraft;
import org.dcrconsole.handover.HandoverEntry;
import org.dcrconsole.handover.HandoverService;
import org.dcrconsole.incident.DescriptionCheck;
import org.dcrconsole.incident.IncidentFilter;
import org.dcrconsole.incident.IncidentRow;
import org.dcrconsole.incident.IncidentService;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.SiteService;
import org.springframework.data.domain.PageRequest;

/**
 * Writes a handover entry: the text (with the incident report's warning against names and phone
 * numbers), whether it is an open item to pin until done, and optionally the booth, a client
 * from the site's register (picked, never typed) and an incident it is about.
 */
final class HandoverDialog {

    /** How many of the latest incidents the incident picker offers. */
    static final int INCIDENTS_OFFERED = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM. HH:mm");

    private HandoverDialog() {
    }

    /**
     * Opens the dialog for a site; {@code onSaved} runs after the entry is written.
     */
    static FormDialog open(Services services, long siteId, Runnable onSaved) {
        TextArea body = new TextArea(Labels.t("handover.field.body"));
        body.setId("handover-body");
        body.setMaxLength(HandoverEntry.BODY_MAX);
        body.setRequired(true);
        body.setWidthFull();
        body.setValueChangeMode(ValueChangeMode.LAZY);
        Span warning = new Span();
        warning.setId("handover-warning");
        warning.getElement().getThemeList().add("badge warning");
        warning.setVisible(false);
        body.addValueChangeListener(e -> {
            List<DescriptionCheck.Finding> findings = DescriptionCheck.check(e.getValue());
            warning.setVisible(!findings.isEmpty());
            warning.setText(String.join(" ", findings.stream()
                    .map(f -> Labels.t(f == DescriptionCheck.Finding.PERSON_NAME ? "incident.warning.personName"
                            : "incident.warning.phoneNumber")).toList()));
        });
        Checkbox openItem = new Checkbox(Labels.t("handover.field.openItem"));
        openItem.setId("handover-open");

        ComboBox<BoothInfo> booth = new ComboBox<>(Labels.t("handover.field.booth"));
        booth.setId("handover-booth");
        booth.setItems(services.sites().booths(siteId));
        booth.setItemLabelGenerator(BoothInfo::label);
        booth.setClearButtonVisible(true);

        ComboBox<ClientRow> client = new ComboBox<>(Labels.t("handover.field.client"));
        client.setId("handover-client");
        // the register, searched by alias and paged in the database as the person types
        client.setItems(query -> services.clients().list(siteId, query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        client.setItemLabelGenerator(ClientRow::alias);
        client.setClearButtonVisible(true);

        ZoneId zone = services.sites().site(siteId).zone();
        ComboBox<IncidentRow> incident = new ComboBox<>(Labels.t("handover.field.incident"));
        incident.setId("handover-incident");
        incident.setItems(services.incidents().list(siteId, IncidentFilter.none(),
                PageRequest.of(0, INCIDENTS_OFFERED)).getContent());
        incident.setItemLabelGenerator(i -> "#" + i.id() + " · " + Labels.of(i.type()) + " · "
                + WHEN.format(i.occurredAt().atZone(zone)));
        incident.setClearButtonVisible(true);

        FormLayout form = new FormLayout(body, warning, openItem, booth, client, incident);
        form.setColspan(body, 2);
        form.setColspan(warning, 2);
        form.setColspan(openItem, 2);
        FormDialog dialog = new FormDialog(Labels.t("handover.write.title"), form, () -> {
            services.handover().write(siteId, new HandoverDraft(body.getValue(), openItem.getValue(),
                    booth.getValue() == null ? null : booth.getValue().id(),
                    client.getValue() == null ? null : client.getValue().id(),
                    incident.getValue() == null ? null : incident.getValue().id()));
            Notifications.success(Labels.t("handover.written"));
            onSaved.run();
            return true;
        });
        dialog.field("body", body).field("booth", booth).field("client", client).field("incident", incident);
        dialog.setId("handover-dialog");
        dialog.getSaveButton().setId("handover-save");
        dialog.open();
        return dialog;
    }

    /** The services the dialog reads and writes through. */
    record Services(HandoverService handover, SiteService sites, ClientService clients, IncidentService incidents) {
    }
}
