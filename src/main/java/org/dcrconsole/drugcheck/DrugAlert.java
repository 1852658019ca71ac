package org.dcrconsole.drugcheck;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.dcrconsole.base.AbstractEntity;
import org.dcrconsole.base.validation.PlainText;
import org.dcrconsole.booth.AlertSeverity;
import org.dcrconsole.booth.Substance;
import org.jspecify.annotations.Nullable;

/**
 * An alert a supervisor raised from drug-checking results, for their site or the whole network,
 * shown until it expires or is ended. The check-in substances it concerns are fixed when raised.
 */
@Entity
@Table(name = "drug_alert")
public class DrugAlert extends AbstractEntity {

    public static final int TEXT_MAX = 300;
    public static final String SORT_RAISED_AT = "raisedAt";

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(nullable = false, updatable = false)
    private boolean network;

    @PlainText(multiline = true)
    @Column(nullable = false, updatable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AlertSeverity severity;

    @Convert(converter = EnumSetColumn.SubstanceSet.class)
    @Column(nullable = false, updatable = false)
    private Set<Substance> substances;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "raised_by", nullable = false, updatable = false)
    private String raisedBy;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "ended_at")
    private @Nullable Instant endedAt;

    @Column(name = "ended_by")
    private @Nullable String endedBy;

    @ElementCollection
    @CollectionTable(name = "drug_alert_result", joinColumns = @JoinColumn(name = "alert_id"))
    @Column(name = "result_id", nullable = false)
    private Set<Long> resultIds = new HashSet<>();

    protected DrugAlert() {
    }

    DrugAlert(long siteId, boolean network, String text, AlertSeverity severity, Set<Substance> substances,
              Instant raisedAt, String raisedBy, Instant expiresAt, Set<Long> resultIds) {
        this.siteId = siteId;
        this.network = network;
        this.text = text;
        this.severity = severity;
        this.substances = EnumSet.copyOf(substances);
        this.raisedAt = raisedAt;
        this.raisedBy = raisedBy;
        this.expiresAt = expiresAt;
        this.resultIds.addAll(resultIds);
    }

    public Long getSiteId() {
        return siteId;
    }

    public boolean isNetwork() {
        return network;
    }

    public String getText() {
        return text;
    }

    public AlertSeverity getSeverity() {
        return severity;
    }

    public Set<Substance> getSubstances() {
        return substances.isEmpty() ? EnumSet.noneOf(Substance.class) : EnumSet.copyOf(substances);
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getEndedAt() {
        return endedAt;
    }

    public @Nullable String getEndedBy() {
        return endedBy;
    }

    public Set<Long> getResultIds() {
        return Set.copyOf(resultIds);
    }

    void end(Instant at, String by) {
        this.endedAt = at;
        this.endedBy = by;
    }

    public boolean activeAt(Instant now) {
        return endedAt == null && expiresAt.isAfter(now);
    }
}
