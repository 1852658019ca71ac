package org.dcrconsole.booth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.dcrconsole.base.AbstractEntity;
import org.dcrconsole.base.validation.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * A house ban, kept after it ends or is lifted. A network ban holds at every site for the same
 * code, matched by the code hash; a site ban holds only at the site that set it.
 */
@Entity
@Table(name = "client_ban")
public class ClientBan extends AbstractEntity {

    public static final int REASON_MAX = 200;
    public static final String SORT_BANNED_AT = "bannedAt";

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Column(name = "code_hash", nullable = false, updatable = false)
    private String codeHash;

    @Column(nullable = false, updatable = false)
    private boolean network;

    @PlainText
    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "banned_until", nullable = false, updatable = false)
    private LocalDate bannedUntil;

    @Column(name = "banned_at", nullable = false, updatable = false)
    private Instant bannedAt;

    @Column(name = "banned_by", nullable = false, updatable = false)
    private String bannedBy;

    @Column(name = "lifted_at")
    private @Nullable Instant liftedAt;

    @Column(name = "lifted_by")
    private @Nullable String liftedBy;

    protected ClientBan() {
    }

    ClientBan(Client client, boolean network, String reason, LocalDate bannedUntil, Instant bannedAt, String bannedBy) {
        this.siteId = client.getSiteId();
        this.clientId = client.getId();
        this.codeHash = client.getCodeHash();
        this.network = network;
        this.reason = reason;
        this.bannedUntil = bannedUntil;
        this.bannedAt = bannedAt;
        this.bannedBy = bannedBy;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getClientId() {
        return clientId;
    }

    String getCodeHash() {
        return codeHash;
    }

    public boolean isNetwork() {
        return network;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getBannedUntil() {
        return bannedUntil;
    }

    public Instant getBannedAt() {
        return bannedAt;
    }

    public String getBannedBy() {
        return bannedBy;
    }

    public @Nullable Instant getLiftedAt() {
        return liftedAt;
    }

    public @Nullable String getLiftedBy() {
        return liftedBy;
    }

    void lift(Instant at, String by) {
        this.liftedAt = at;
        this.liftedBy = by;
    }

    /** Whether the ban holds on the given day (the end date is the last banned day). */
    public boolean holdsOn(LocalDate day) {
        return liftedAt == null && !bannedUntil.isBefore(day);
    }
}
