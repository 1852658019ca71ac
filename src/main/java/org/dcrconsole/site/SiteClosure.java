package org.dcrconsole.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.dcrconsole.base.AbstractEntity;
import org.dcrconsole.base.validation.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * A planned closure of a site from its first to its last day (both included, local days): the
 * stock forecast expects no visits on these days.
 */
@Entity
@Table(name = "site_closure")
public class SiteClosure extends AbstractEntity {

    public static final int REASON_MAX = 200;

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @NotNull
    @Column(name = "first_day", nullable = false)
    private @Nullable LocalDate firstDay;

    @NotNull
    @Column(name = "last_day", nullable = false)
    private @Nullable LocalDate lastDay;

    @PlainText
    @NotBlank
    @Size(max = REASON_MAX)
    @Column(nullable = false)
    private String reason = "";

    protected SiteClosure() {
    }

    public SiteClosure(long siteId) {
        this.siteId = siteId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public @Nullable LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(@Nullable LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public @Nullable LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(@Nullable LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** Whether the site is closed on this day. */
    public boolean covers(LocalDate day) {
        return firstDay != null && lastDay != null && !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
