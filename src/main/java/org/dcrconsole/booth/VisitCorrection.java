package org.dcrconsole.booth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One changed value of a visit: who, when, which action and field, the value before and after,
 * and why. Only ever inserted: the entity is immutable and its repository has no update or delete.
 */
@Entity
@Immutable
@Table(name = "visit_correction")
public class VisitCorrection {

    /** Longest reason a person may type for a correction. */
    public static final int REASON_MAX = 500;
    /** Values longer than the column are cut (a long substance list, say); the reason is never cut. */
    static final int VALUE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "visit_id", nullable = false, updatable = false)
    private Long visitId;

    @Column(name = "corrected_at", nullable = false, updatable = false)
    private Instant correctedAt;

    @Column(name = "corrected_by", nullable = false, updatable = false)
    private String correctedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CorrectionAction action;

    @Column(nullable = false, updatable = false)
    private String field;

    @Column(name = "old_value", updatable = false)
    private @Nullable String oldValue;

    @Column(name = "new_value", updatable = false)
    private @Nullable String newValue;

    @Column(nullable = false, updatable = false)
    private String reason;

    protected VisitCorrection() {
    }

    VisitCorrection(long siteId, long visitId, Instant correctedAt, String correctedBy, CorrectionAction action,
                    String field, @Nullable String oldValue, @Nullable String newValue, String reason) {
        this.siteId = siteId;
        this.visitId = visitId;
        this.correctedAt = correctedAt;
        this.correctedBy = correctedBy;
        this.action = action;
        this.field = field;
        this.oldValue = cut(oldValue);
        this.newValue = cut(newValue);
        this.reason = reason;
    }

    private static @Nullable String cut(@Nullable String value) {
        return value == null || value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getVisitId() {
        return visitId;
    }

    public Instant getCorrectedAt() {
        return correctedAt;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    public CorrectionAction getAction() {
        return action;
    }

    public String getField() {
        return field;
    }

    public @Nullable String getOldValue() {
        return oldValue;
    }

    public @Nullable String getNewValue() {
        return newValue;
    }

    public String getReason() {
        return reason;
    }
}
