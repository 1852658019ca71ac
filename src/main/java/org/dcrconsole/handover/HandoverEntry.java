package org.dcrconsole.handover;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dcrconsole.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a site's handover log: what the next shift needs to know. An open item stays
 * pinned on the board until someone marks it done (who and when are kept); a plain note is just
 * there to read. The text cannot be changed once written.
 */
@Entity
@Table(name = "handover_entry")
public class HandoverEntry extends AbstractEntity {

    public static final int BODY_MAX = 1000;
    /** Sort key of the log: newest first. */
    public static final String SORT_WRITTEN = "writtenAt";

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "open_item", nullable = false, updatable = false)
    private boolean openItem;

    @Column(name = "booth_id", updatable = false)
    private @Nullable Long boothId;

    @Column(name = "booth_label", updatable = false)
    private @Nullable String boothLabel;

    @Column(name = "client_id", updatable = false)
    private @Nullable Long clientId;

    @Column(name = "client_alias", updatable = false)
    private @Nullable String clientAlias;

    @Column(name = "incident_id", updatable = false)
    private @Nullable Long incidentId;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "written_by", nullable = false, updatable = false)
    private String writtenBy;

    @Column(name = "done_at")
    private @Nullable Instant doneAt;

    @Column(name = "done_by")
    private @Nullable String doneBy;

    protected HandoverEntry() {
    }

    HandoverEntry(long siteId, String body, boolean openItem, Instant writtenAt, String writtenBy) {
        this.siteId = siteId;
        this.body = body;
        this.openItem = openItem;
        this.writtenAt = writtenAt;
        this.writtenBy = writtenBy;
    }

    void about(@Nullable Long boothId, @Nullable String boothLabel, @Nullable Long clientId,
               @Nullable String clientAlias, @Nullable Long incidentId) {
        this.boothId = boothId;
        this.boothLabel = boothLabel;
        this.clientId = clientId;
        this.clientAlias = clientAlias;
        this.incidentId = incidentId;
    }

    void markDone(Instant at, String by) {
        this.doneAt = at;
        this.doneBy = by;
    }

    public Long getSiteId() {
        return siteId;
    }

    public String getBody() {
        return body;
    }

    public boolean isOpenItem() {
        return openItem;
    }

    public @Nullable Long getBoothId() {
        return boothId;
    }

    public @Nullable String getBoothLabel() {
        return boothLabel;
    }

    public @Nullable Long getClientId() {
        return clientId;
    }

    public @Nullable String getClientAlias() {
        return clientAlias;
    }

    public @Nullable Long getIncidentId() {
        return incidentId;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public @Nullable Instant getDoneAt() {
        return doneAt;
    }

    public @Nullable String getDoneBy() {
        return doneBy;
    }
}
