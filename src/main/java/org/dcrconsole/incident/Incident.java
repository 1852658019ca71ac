package org.dcrconsole.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dcrconsole.base.AbstractEntity;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened at a site and must be reviewed: an overdose, a needle-stick, an
 * assault. Holds the report and the review; the response timeline and the follow-up actions
 * are rows of their own. Every change is kept by Envers.
 */
@Entity
@Table(name = "incident")
@Audited
public class Incident extends AbstractEntity {

    public static final int ALIAS_MAX = 40;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int STAFF_MAX = 500;
    public static final int FINDINGS_MAX = 4000;

    public static final String SORT_OCCURRED = "occurredAt";
    public static final String SORT_DEADLINE = "reviewDeadline";
    public static final String SORT_SEVERITY = "severity";

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentType type = IncidentType.OPIOID_OVERDOSE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity = Severity.MODERATE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentState state = IncidentState.REPORTED;

    @Column(name = "booth_id")
    private @Nullable Long boothId;

    @Column(name = "visit_id")
    private @Nullable Long visitId;

    @Column(name = "client_alias")
    private @Nullable String clientAlias;

    @Column(nullable = false)
    private String description = "";

    @Column(name = "staff_involved")
    private @Nullable String staffInvolved;

    @Column(name = "police_called")
    private boolean policeCalled;

    @Column(name = "reviewer_id")
    private @Nullable Long reviewerId;

    private @Nullable String findings;

    @Column(name = "contributing_factors")
    private @Nullable String contributingFactors;

    @Column(name = "review_deadline", nullable = false)
    private Instant reviewDeadline;

    @Column(name = "signed_off_by")
    private @Nullable String signedOffBy;

    @Column(name = "signed_off_at")
    private @Nullable Instant signedOffAt;

    protected Incident() {
    }

    Incident(long siteId) {
        this.siteId = siteId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }

    public IncidentType getType() {
        return type;
    }

    void setType(IncidentType type) {
        this.type = type;
    }

    public Severity getSeverity() {
        return severity;
    }

    void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public IncidentState getState() {
        return state;
    }

    void setState(IncidentState state) {
        this.state = state;
    }

    public @Nullable Long getBoothId() {
        return boothId;
    }

    void setBoothId(@Nullable Long boothId) {
        this.boothId = boothId;
    }

    public @Nullable Long getVisitId() {
        return visitId;
    }

    void setVisitId(@Nullable Long visitId) {
        this.visitId = visitId;
    }

    public @Nullable String getClientAlias() {
        return clientAlias;
    }

    void setClientAlias(@Nullable String clientAlias) {
        this.clientAlias = clientAlias;
    }

    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public @Nullable String getStaffInvolved() {
        return staffInvolved;
    }

    void setStaffInvolved(@Nullable String staffInvolved) {
        this.staffInvolved = staffInvolved;
    }

    public boolean isPoliceCalled() {
        return policeCalled;
    }

    void setPoliceCalled(boolean policeCalled) {
        this.policeCalled = policeCalled;
    }

    public @Nullable Long getReviewerId() {
        return reviewerId;
    }

    void setReviewerId(@Nullable Long reviewerId) {
        this.reviewerId = reviewerId;
    }

    public @Nullable String getFindings() {
        return findings;
    }

    void setFindings(@Nullable String findings) {
        this.findings = findings;
    }

    public @Nullable String getContributingFactors() {
        return contributingFactors;
    }

    void setContributingFactors(@Nullable String contributingFactors) {
        this.contributingFactors = contributingFactors;
    }

    public Instant getReviewDeadline() {
        return reviewDeadline;
    }

    void setReviewDeadline(Instant reviewDeadline) {
        this.reviewDeadline = reviewDeadline;
    }

    public @Nullable String getSignedOffBy() {
        return signedOffBy;
    }

    public @Nullable Instant getSignedOffAt() {
        return signedOffAt;
    }

    void signOff(String username, Instant at) {
        this.signedOffBy = username;
        this.signedOffAt = at;
        this.state = IncidentState.CLOSED;
    }

    /** Whether the review is still open after its deadline. */
    public boolean isOverdue(Instant now) {
        return state != IncidentState.CLOSED && reviewDeadline.isBefore(now);
    }
}
