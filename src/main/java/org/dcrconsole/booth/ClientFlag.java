package org.dcrconsole.booth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dcrconsole.base.AbstractEntity;
import org.dcrconsole.base.validation.PlainText;
import org.jspecify.annotations.Nullable;

/** A safety flag a supervisor set on a client ("overdose in the last 30 days"), shown at check-in until removed. */
@Entity
@Table(name = "client_flag")
public class ClientFlag extends AbstractEntity {

    public static final int TEXT_MAX = 200;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @PlainText
    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "set_at", nullable = false, updatable = false)
    private Instant setAt;

    @Column(name = "set_by", nullable = false, updatable = false)
    private String setBy;

    @Column(name = "removed_at")
    private @Nullable Instant removedAt;

    @Column(name = "removed_by")
    private @Nullable String removedBy;

    protected ClientFlag() {
    }

    ClientFlag(long siteId, long clientId, String text, Instant setAt, String setBy) {
        this.siteId = siteId;
        this.clientId = clientId;
        this.text = text;
        this.setAt = setAt;
        this.setBy = setBy;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getClientId() {
        return clientId;
    }

    public String getText() {
        return text;
    }

    public Instant getSetAt() {
        return setAt;
    }

    public String getSetBy() {
        return setBy;
    }

    public @Nullable Instant getRemovedAt() {
        return removedAt;
    }

    public @Nullable String getRemovedBy() {
        return removedBy;
    }

    void remove(Instant at, String by) {
        this.removedAt = at;
        this.removedBy = by;
    }
}
