package org.dcrconsole.site;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dcrconsole.base.AbstractEntity;
import org.dcrconsole.base.validation.PlainText;

/** One drug consumption room, with its opening hours and the settings its features use. */
@Entity
@Table(name = "site")
public class Site extends AbstractEntity {

    public static final int NAME_MAX = 80;
    public static final int CITY_MAX = 80;
    public static final int MINUTES_MAX = 600;
    public static final int HOURS_MAX = 24 * 60;
    /** Retention limits, as the database's CHECK has them. */
    public static final int RETENTION_MONTHS_MIN = 3;
    public static final int RETENTION_MONTHS_MAX = 120;
    public static final int RETENTION_YEARS_MIN = 1;
    public static final int RETENTION_YEARS_MAX = 30;

    @PlainText
    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, unique = true)
    private String name = "";

    @PlainText
    @NotBlank
    @Size(max = CITY_MAX)
    @Column(nullable = false)
    private String city = "";

    @NotBlank
    @Column(name = "time_zone", nullable = false)
    private String timeZone = "Europe/Berlin";

    private boolean active = true;

    @Min(1) @Max(MINUTES_MAX)
    @Column(name = "limit_injection_minutes")
    private int limitInjectionMinutes = 30;

    @Min(1) @Max(MINUTES_MAX)
    @Column(name = "limit_inhalation_minutes")
    private int limitInhalationMinutes = 30;

    @Min(1) @Max(MINUTES_MAX)
    @Column(name = "limit_flexible_minutes")
    private int limitFlexibleMinutes = 30;

    @Min(0) @Max(MINUTES_MAX)
    @Column(name = "cleaning_minutes")
    private int cleaningMinutes = 5;

    @Min(0) @Max(100)
    @Column(name = "min_head_count")
    private int minHeadCount = 2;

    @Min(1) @Max(100)
    @Column(name = "booths_per_staff")
    private int boothsPerStaff = 6;

    @Min(0) @Max(3650)
    @Column(name = "expiry_warning_days")
    private int expiryWarningDays = 60;

    @Min(1) @Max(HOURS_MAX)
    @Column(name = "review_hours_severe")
    private int reviewHoursSevere = 24;

    @Min(1) @Max(HOURS_MAX)
    @Column(name = "review_hours_moderate")
    private int reviewHoursModerate = 120;

    @Min(1) @Max(HOURS_MAX)
    @Column(name = "review_hours_low")
    private int reviewHoursLow = 240;

    // Retention (V14_1): defaults and their reasons in docs/OPERATIONS.md
    @Min(RETENTION_MONTHS_MIN) @Max(RETENTION_MONTHS_MAX)
    @Column(name = "retention_visit_months")
    private int retentionVisitMonths = 24;

    @Min(RETENTION_MONTHS_MIN) @Max(RETENTION_MONTHS_MAX)
    @Column(name = "retention_client_months")
    private int retentionClientMonths = 24;

    @Min(RETENTION_MONTHS_MIN) @Max(RETENTION_MONTHS_MAX)
    @Column(name = "retention_refusal_months")
    private int retentionRefusalMonths = 24;

    @Min(RETENTION_YEARS_MIN) @Max(RETENTION_YEARS_MAX)
    @Column(name = "retention_incident_years")
    private int retentionIncidentYears = 10;

    @ElementCollection
    @CollectionTable(name = "site_opening_hours", joinColumns = @JoinColumn(name = "site_id"))
    private List<OpeningHours> openingHours = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getLimitInjectionMinutes() {
        return limitInjectionMinutes;
    }

    public void setLimitInjectionMinutes(int v) {
        this.limitInjectionMinutes = v;
    }

    public int getLimitInhalationMinutes() {
        return limitInhalationMinutes;
    }

    public void setLimitInhalationMinutes(int v) {
        this.limitInhalationMinutes = v;
    }

    public int getLimitFlexibleMinutes() {
        return limitFlexibleMinutes;
    }

    public void setLimitFlexibleMinutes(int v) {
        this.limitFlexibleMinutes = v;
    }

    /** The visit time limit of a booth of this kind. */
    public int limitMinutes(BoothKind kind) {
        return switch (kind) {
            case INJECTION -> limitInjectionMinutes;
            case INHALATION -> limitInhalationMinutes;
            case FLEXIBLE -> limitFlexibleMinutes;
        };
    }

    public int getCleaningMinutes() {
        return cleaningMinutes;
    }

    public void setCleaningMinutes(int v) {
        this.cleaningMinutes = v;
    }

    public int getMinHeadCount() {
        return minHeadCount;
    }

    public void setMinHeadCount(int v) {
        this.minHeadCount = v;
    }

    public int getBoothsPerStaff() {
        return boothsPerStaff;
    }

    public void setBoothsPerStaff(int v) {
        this.boothsPerStaff = v;
    }

    public int getExpiryWarningDays() {
        return expiryWarningDays;
    }

    public void setExpiryWarningDays(int v) {
        this.expiryWarningDays = v;
    }

    public int getReviewHoursSevere() {
        return reviewHoursSevere;
    }

    public void setReviewHoursSevere(int v) {
        this.reviewHoursSevere = v;
    }

    public int getReviewHoursModerate() {
        return reviewHoursModerate;
    }

    public void setReviewHoursModerate(int v) {
        this.reviewHoursModerate = v;
    }

    public int getReviewHoursLow() {
        return reviewHoursLow;
    }

    public void setReviewHoursLow(int v) {
        this.reviewHoursLow = v;
    }

    /** Opening hours ordered Monday to Sunday; a weekday without an entry is a closed day. */
    public List<OpeningHours> getOpeningHours() {
        return openingHours.stream().sorted(Comparator.comparing(OpeningHours::getDayOfWeek)).toList();
    }

    public void setOpeningHours(List<OpeningHours> hours) {
        this.openingHours.clear();
        this.openingHours.addAll(hours);
    }

    public Optional<OpeningHours> openingHours(DayOfWeek day) {
        return openingHours.stream().filter(h -> h.getDayOfWeek() == day).findFirst();
    }

    public int getRetentionVisitMonths() {
        return retentionVisitMonths;
    }

    public void setRetentionVisitMonths(int v) {
        this.retentionVisitMonths = v;
    }

    public int getRetentionClientMonths() {
        return retentionClientMonths;
    }

    public void setRetentionClientMonths(int v) {
        this.retentionClientMonths = v;
    }

    public int getRetentionRefusalMonths() {
        return retentionRefusalMonths;
    }

    public void setRetentionRefusalMonths(int v) {
        this.retentionRefusalMonths = v;
    }

    public int getRetentionIncidentYears() {
        return retentionIncidentYears;
    }

    public void setRetentionIncidentYears(int v) {
        this.retentionIncidentYears = v;
    }
}
