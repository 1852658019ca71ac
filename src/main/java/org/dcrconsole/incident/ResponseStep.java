package org.dcrconsole.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.dcrconsole.base.AbstractEntity;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** One time-stamped step of an emergency response, with the vitals taken at that moment. */
@Entity
@Table(name = "response_step")
@Audited
public class ResponseStep extends AbstractEntity {

    public static final int NOTE_MAX = 500;
    public static final BigDecimal DOSE_MAX_MG = new BigDecimal("10");

    @Column(name = "incident_id", nullable = false, updatable = false)
    private Long incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ResponseStepKind kind;

    @Column(name = "step_at", nullable = false)
    private Instant at;

    @Column(name = "naloxone_dose_mg")
    private @Nullable BigDecimal naloxoneDoseMg;

    @Enumerated(EnumType.STRING)
    @Column(name = "naloxone_route")
    private @Nullable NaloxoneRoute naloxoneRoute;

    @Column(name = "respiratory_rate")
    private @Nullable Integer respiratoryRate;

    private @Nullable Integer spo2;

    private @Nullable Integer gcs;

    @Enumerated(EnumType.STRING)
    private @Nullable Outcome outcome;

    private @Nullable String note;

    protected ResponseStep() {
    }

    ResponseStep(long incidentId, ResponseStepKind kind) {
        this.incidentId = incidentId;
        this.kind = kind;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public ResponseStepKind getKind() {
        return kind;
    }

    public Instant getAt() {
        return at;
    }

    void setAt(Instant at) {
        this.at = at;
    }

    public @Nullable BigDecimal getNaloxoneDoseMg() {
        return naloxoneDoseMg;
    }

    void setNaloxoneDoseMg(@Nullable BigDecimal naloxoneDoseMg) {
        this.naloxoneDoseMg = naloxoneDoseMg;
    }

    public @Nullable NaloxoneRoute getNaloxoneRoute() {
        return naloxoneRoute;
    }

    void setNaloxoneRoute(@Nullable NaloxoneRoute naloxoneRoute) {
        this.naloxoneRoute = naloxoneRoute;
    }

    public @Nullable Integer getRespiratoryRate() {
        return respiratoryRate;
    }

    void setRespiratoryRate(@Nullable Integer respiratoryRate) {
        this.respiratoryRate = respiratoryRate;
    }

    public @Nullable Integer getSpo2() {
        return spo2;
    }

    void setSpo2(@Nullable Integer spo2) {
        this.spo2 = spo2;
    }

    public @Nullable Integer getGcs() {
        return gcs;
    }

    void setGcs(@Nullable Integer gcs) {
        this.gcs = gcs;
    }

    public @Nullable Outcome getOutcome() {
        return outcome;
    }

    void setOutcome(@Nullable Outcome outcome) {
        this.outcome = outcome;
    }

    public @Nullable String getNote() {
        return note;
    }

    void setNote(@Nullable String note) {
        this.note = note;
    }
}
