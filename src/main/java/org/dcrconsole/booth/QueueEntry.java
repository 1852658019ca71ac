package org.dcrconsole.booth;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.dcrconsole.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * A client waiting for a booth, with the route and substances they came for. While waiting,
 * {@code waitingClientId} repeats the client so the database lets a client wait only once.
 */
@Entity
@Table(name = "queue_entry")
public class QueueEntry extends AbstractEntity {

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsumptionRoute route;

    @Convert(converter = SubstanceSetConverter.class)
    @Column(nullable = false)
    private Set<Substance> substances = EnumSet.noneOf(Substance.class);

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    @Column(name = "left_at")
    private @Nullable Instant leftAt;

    @Enumerated(EnumType.STRING)
    private @Nullable QueueOutcome outcome;

    @Column(name = "waiting_client_id")
    private @Nullable Long waitingClientId;

    protected QueueEntry() {
    }

    QueueEntry(long siteId, long clientId, ConsumptionRoute route, Set<Substance> substances, Instant joinedAt) {
        this.siteId = siteId;
        this.clientId = clientId;
        this.route = route;
        this.substances = EnumSet.copyOf(substances);
        this.joinedAt = joinedAt;
        this.waitingClientId = clientId;
    }

    void leave(Instant at, QueueOutcome outcome) {
        this.leftAt = at;
        this.outcome = outcome;
        this.waitingClientId = null;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getClientId() {
        return clientId;
    }

    public ConsumptionRoute getRoute() {
        return route;
    }

    public Set<Substance> getSubstances() {
        return EnumSet.copyOf(substances);
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public @Nullable Instant getLeftAt() {
        return leftAt;
    }

    public @Nullable QueueOutcome getOutcome() {
        return outcome;
    }

    public boolean isWaiting() {
        return leftAt == null;
    }
}
