package org.dcrconsole.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A booth taken out of service or put back, by whom, when and why. Only ever inserted. */
@Entity
@Immutable
@Table(name = "booth_service_change")
public class BoothServiceChange {

    /** Longest reason a person may type for taking a booth out of service (or back). */
    public static final int REASON_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "booth_id", nullable = false, updatable = false)
    private Long boothId;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "in_service", nullable = false, updatable = false)
    private boolean inService;

    @Column(updatable = false)
    private @Nullable String reason;

    protected BoothServiceChange() {
    }

    BoothServiceChange(long siteId, long boothId, Instant changedAt, String changedBy, boolean inService,
                       @Nullable String reason) {
        this.siteId = siteId;
        this.boothId = boothId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.inService = inService;
        this.reason = reason;
    }

    public Long getBoothId() {
        return boothId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public boolean isInService() {
        return inService;
    }

    public @Nullable String getReason() {
        return reason;
    }
}
