package org.dcrconsole.booth;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dcrconsole.base.AbstractEntity;
import org.dcrconsole.base.supply.Supply;
import org.jspecify.annotations.Nullable;

/**
 * One consumption episode: a client in a booth from check-in to check-out, then the booth's
 * cleaning. While open, {@code openBoothId}/{@code openClientId} repeat the booth and client so
 * that the database's unique constraints forbid a second open visit of either.
 */
@Entity
@Table(name = "visit")
public class Visit extends AbstractEntity {

    public static final String SORT_STARTED = "startedAt";
    public static final int SUPPLY_MAX = 100;
    public static final int SYRINGES_RETURNED_MAX = 1000;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "booth_id", nullable = false)
    private Long boothId;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private @Nullable Instant endedAt;

    @Column(name = "cleaned_at")
    private @Nullable Instant cleanedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsumptionRoute route;

    @Column(name = "syringes_returned")
    private @Nullable Integer syringesReturned;

    private boolean counselling;

    @Column(name = "open_booth_id")
    private @Nullable Long openBoothId;

    @Column(name = "open_client_id")
    private @Nullable Long openClientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitStatus status = VisitStatus.NORMAL;

    @Column(name = "voided_at")
    private @Nullable Instant voidedAt;

    @Column(name = "voided_by")
    private @Nullable String voidedBy;

    @Column(name = "void_reason")
    private @Nullable String voidReason;

    @ElementCollection
    @CollectionTable(name = "visit_substance", joinColumns = @JoinColumn(name = "visit_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "substance", nullable = false)
    private Set<Substance> substances = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "visit_supply", joinColumns = @JoinColumn(name = "visit_id"))
    @MapKeyColumn(name = "supply")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "quantity", nullable = false)
    private Map<Supply, Integer> supplies = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "visit_referral", joinColumns = @JoinColumn(name = "visit_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Set<ReferralKind> referrals = new HashSet<>();

    protected Visit() {
    }

    Visit(long siteId, long boothId, long clientId, Instant startedAt, ConsumptionRoute route,
          Set<Substance> substances, Map<Supply, Integer> supplies) {
        this.siteId = siteId;
        this.boothId = boothId;
        this.clientId = clientId;
        this.startedAt = startedAt;
        this.route = route;
        this.substances.addAll(substances);
        this.supplies.putAll(supplies);
        this.openBoothId = boothId;
        this.openClientId = clientId;
    }

    void checkOut(Instant at, @Nullable Integer syringesReturned, boolean counselling, Set<ReferralKind> referrals) {
        this.endedAt = at.isBefore(startedAt) ? startedAt : at;
        this.syringesReturned = syringesReturned;
        this.counselling = counselling;
        this.referrals.clear();
        this.referrals.addAll(referrals);
        this.openBoothId = null;
        this.openClientId = null;
    }

    /**
     * Voids a mistaken check-in: the visit stays, closed and excluded from every count. An open
     * visit ends now and its booth is free at once (nobody consumed in it, so no cleaning).
     */
    void voidAt(Instant at, String by, String reason) {
        if (endedAt == null) {
            this.endedAt = at.isBefore(startedAt) ? startedAt : at;
            this.cleanedAt = endedAt;
            this.openBoothId = null;
            this.openClientId = null;
        }
        this.status = VisitStatus.VOIDED;
        this.voidedAt = at;
        this.voidedBy = by;
        this.voidReason = reason;
    }

    void markCorrected() {
        if (status == VisitStatus.NORMAL) {
            status = VisitStatus.CORRECTED;
        }
    }

    void correctClient(long clientId) {
        this.clientId = clientId;
        if (endedAt == null) {
            this.openClientId = clientId;
        }
    }

    void moveTo(long boothId) {
        this.boothId = boothId;
        if (endedAt == null) {
            this.openBoothId = boothId;
        }
    }

    void correctSubstances(Set<Substance> substances) {
        this.substances.clear();
        this.substances.addAll(substances);
    }

    void correctRoute(ConsumptionRoute route) {
        this.route = route;
    }

    void correctSupplies(Map<Supply, Integer> supplies) {
        this.supplies.clear();
        this.supplies.putAll(supplies);
    }

    /** New times, already checked by the caller (end after start, no overlap); a closed visit stays closed. */
    void correctTimes(Instant startedAt, @Nullable Instant endedAt) {
        this.startedAt = startedAt;
        if (this.endedAt != null && endedAt != null) {
            this.endedAt = endedAt;
            if (cleanedAt != null && cleanedAt.isBefore(endedAt)) {
                cleanedAt = endedAt;
            }
        }
    }

    void markCleaned(Instant at) {
        this.cleanedAt = endedAt != null && at.isBefore(endedAt) ? endedAt : at;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getBoothId() {
        return boothId;
    }

    public Long getClientId() {
        return clientId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable Instant getEndedAt() {
        return endedAt;
    }

    public @Nullable Instant getCleanedAt() {
        return cleanedAt;
    }

    public ConsumptionRoute getRoute() {
        return route;
    }

    public @Nullable Integer getSyringesReturned() {
        return syringesReturned;
    }

    public boolean isCounselling() {
        return counselling;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public boolean isVoided() {
        return status == VisitStatus.VOIDED;
    }

    public @Nullable Instant getVoidedAt() {
        return voidedAt;
    }

    public @Nullable String getVoidedBy() {
        return voidedBy;
    }

    public @Nullable String getVoidReason() {
        return voidReason;
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public Set<Substance> getSubstances() {
        return substances.isEmpty() ? EnumSet.noneOf(Substance.class) : EnumSet.copyOf(substances);
    }

    public Map<Supply, Integer> getSupplies() {
        return supplies.isEmpty() ? new EnumMap<>(Supply.class) : new EnumMap<>(supplies);
    }

    public Set<ReferralKind> getReferrals() {
        return referrals.isEmpty() ? EnumSet.noneOf(ReferralKind.class) : EnumSet.copyOf(referrals);
    }
}
