package org.dcrconsole.incident;

import jakarta.validation.constraints.NotBlank;
import org.dcrconsole.base.validation.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The report of an incident as a person types it: the form's bean and the service's input. */
public class IncidentReport {

    @NotNull
    private Instant occurredAt;
    @NotNull
    private IncidentType type = IncidentType.OPIOID_OVERDOSE;
    @NotNull
    private Severity severity = Severity.MODERATE;
    private @Nullable Long boothId;
    private @Nullable Long visitId;
    @Size(max = Incident.ALIAS_MAX)
    @PlainText
    private @Nullable String clientAlias;
    @NotBlank
    @Size(max = Incident.DESCRIPTION_MAX)
    @PlainText(multiline = true)
    private String description = "";
    @Size(max = Incident.STAFF_MAX)
    @PlainText
    private @Nullable String staffInvolved;
    private boolean policeCalled;

    public IncidentReport() {
    }

    public IncidentReport(Instant occurredAt, IncidentType type, Severity severity, String description) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.severity = severity;
        this.description = description;
    }

    /** The report as it stands on an incident, for editing. */
    public static IncidentReport of(Incident i) {
        IncidentReport r = new IncidentReport(i.getOccurredAt(), i.getType(), i.getSeverity(), i.getDescription());
        r.boothId = i.getBoothId();
        r.visitId = i.getVisitId();
        r.clientAlias = i.getClientAlias();
        r.staffInvolved = i.getStaffInvolved();
        r.policeCalled = i.isPoliceCalled();
        return r;
    }

    public Instant getOccurredAt() { return occurredAt; }
    public void setOccurredAt(Instant occurredAt) { this.occurredAt = occurredAt; }
    public IncidentType getType() { return type; }
    public void setType(IncidentType type) { this.type = type; }
    public Severity getSeverity() { return severity; }
    public void setSeverity(Severity severity) { this.severity = severity; }
    public @Nullable Long getBoothId() { return boothId; }
    public void setBoothId(@Nullable Long boothId) { this.boothId = boothId; }
    public @Nullable Long getVisitId() { return visitId; }
    public void setVisitId(@Nullable Long visitId) { this.visitId = visitId; }
    public @Nullable String getClientAlias() { return clientAlias; }
    public void setClientAlias(@Nullable String clientAlias) { this.clientAlias = clientAlias; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public @Nullable String getStaffInvolved() { return staffInvolved; }
    public void setStaffInvolved(@Nullable String staffInvolved) { this.staffInvolved = staffInvolved; }
    public boolean isPoliceCalled() { return policeCalled; }
    public void setPoliceCalled(boolean policeCalled) { this.policeCalled = policeCalled; }
}
