package org.dcrconsole.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.dcrconsole.base.AbstractEntity;
import org.dcrconsole.base.validation.PlainText;
import org.jspecify.annotations.Nullable;

/** A place in the consumption room where one client at a time consumes under supervision. */
@Entity
@Table(name = "booth")
public class Booth extends AbstractEntity {

    public static final int LABEL_MAX = 20;
    public static final String SORT_LABEL = "label";

    @Column(name = "site_id", nullable = false)
    private Long siteId;

    @PlainText
    @NotBlank
    @Size(max = LABEL_MAX)
    @Column(nullable = false)
    private String label = "";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BoothKind kind = BoothKind.INJECTION;

    @Column(name = "wheelchair_accessible")
    private boolean wheelchairAccessible;

    @Column(name = "in_service")
    private boolean inService = true;

    @Column(name = "out_of_service_reason")
    private @Nullable String outOfServiceReason;

    @Column(name = "out_of_service_since")
    private @Nullable Instant outOfServiceSince;

    @Column(name = "out_of_service_by")
    private @Nullable String outOfServiceBy;

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public BoothKind getKind() {
        return kind;
    }

    public void setKind(BoothKind kind) {
        this.kind = kind;
    }

    public boolean isWheelchairAccessible() {
        return wheelchairAccessible;
    }

    public void setWheelchairAccessible(boolean wheelchairAccessible) {
        this.wheelchairAccessible = wheelchairAccessible;
    }

    public boolean isInService() {
        return inService;
    }

    /** Back in service clears why it was out, so an old reason never shows on a later outage. */
    public void setInService(boolean inService) {
        this.inService = inService;
        if (inService) {
            outOfServiceReason = null;
            outOfServiceSince = null;
            outOfServiceBy = null;
        }
    }

    void takeOutOfService(String reason, Instant since, String by) {
        this.inService = false;
        this.outOfServiceReason = reason;
        this.outOfServiceSince = since;
        this.outOfServiceBy = by;
    }

    public @Nullable String getOutOfServiceReason() {
        return outOfServiceReason;
    }

    public @Nullable Instant getOutOfServiceSince() {
        return outOfServiceSince;
    }

    public @Nullable String getOutOfServiceBy() {
        return outOfServiceBy;
    }
}
