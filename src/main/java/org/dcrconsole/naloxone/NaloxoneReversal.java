package org.dcrconsole.naloxone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.dcrconsole.base.AbstractEntity;

/** "I used it on a friend": an overdose reversed outside with a take-home kit, as the client reported it. */
@Entity
@Table(name = "naloxone_reversal")
public class NaloxoneReversal extends AbstractEntity {

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Column(name = "used_on", nullable = false, updatable = false)
    private LocalDate usedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReversalOutcome outcome;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Column(name = "reported_by", nullable = false, updatable = false)
    private String reportedBy;

    protected NaloxoneReversal() {
    }

    NaloxoneReversal(long siteId, long clientId, LocalDate usedOn, ReversalOutcome outcome, Instant reportedAt,
                     String reportedBy) {
        this.siteId = siteId;
        this.clientId = clientId;
        this.usedOn = usedOn;
        this.outcome = outcome;
        this.reportedAt = reportedAt;
        this.reportedBy = reportedBy;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getClientId() {
        return clientId;
    }

    public LocalDate getUsedOn() {
        return usedOn;
    }

    public ReversalOutcome getOutcome() {
        return outcome;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }
}
