package org.dcrconsole.booth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dcrconsole.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** An admission refused at the door; the client is known only if they had been here before. */
@Entity
@Table(name = "admission_refusal")
public class AdmissionRefusal extends AbstractEntity {

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "client_id", updatable = false)
    private @Nullable Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RefusalReason reason;

    @Column(name = "refused_at", nullable = false, updatable = false)
    private Instant refusedAt;

    protected AdmissionRefusal() {
    }

    AdmissionRefusal(long siteId, @Nullable Long clientId, RefusalReason reason, Instant refusedAt) {
        this.siteId = siteId;
        this.clientId = clientId;
        this.reason = reason;
        this.refusedAt = refusedAt;
    }

    public Long getSiteId() {
        return siteId;
    }

    public @Nullable Long getClientId() {
        return clientId;
    }

    public RefusalReason getReason() {
        return reason;
    }

    public Instant getRefusedAt() {
        return refusedAt;
    }
}
