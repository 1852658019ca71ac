package org.dcrconsole.site;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dcrconsole.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * New opening hours of a site from a day on, per weekday in the same encoding as the site's
 * current hours (a weekday without hours is closed). The latest change in effect on a day wins;
 * before the first change the site's own hours apply.
 */
@Entity
@Table(name = "site_hours_change")
public class SiteHoursChange extends AbstractEntity {

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @NotNull
    @Column(name = "effective_from", nullable = false)
    private @Nullable LocalDate effectiveFrom;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_hours_change_day", joinColumns = @JoinColumn(name = "change_id"))
    private List<OpeningHours> hours = new ArrayList<>();

    protected SiteHoursChange() {
    }

    public SiteHoursChange(long siteId) {
        this.siteId = siteId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public @Nullable LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(@Nullable LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    /** The new hours, Monday to Sunday. */
    public List<OpeningHours> getHours() {
        return hours.stream().sorted(Comparator.comparing(OpeningHours::getDayOfWeek)).toList();
    }

    public void setHours(List<OpeningHours> hours) {
        this.hours.clear();
        this.hours.addAll(hours);
    }

    public Optional<OpeningHours> hours(DayOfWeek day) {
        return hours.stream().filter(h -> h.getDayOfWeek() == day).findFirst();
    }
}
