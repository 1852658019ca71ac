package org.dcrconsole.site;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A read-only snapshot of a site and its settings, as other features use it. Taken from
 * {@link SiteService#site(long)}; never stale for longer than the screen that holds it.
 */
public record SiteInfo(long id, String name, String city, ZoneId zone, boolean active,
                       int limitInjectionMinutes, int limitInhalationMinutes, int limitFlexibleMinutes,
                       int cleaningMinutes, int minHeadCount, int boothsPerStaff, int expiryWarningDays,
                       int reviewHoursSevere, int reviewHoursModerate, int reviewHoursLow,
                       List<OpeningHours> openingHours, Retention retention) {

    /** How long the site keeps personal data before the retention job deletes it. */
    public record Retention(int visitMonths, int clientMonths, int refusalMonths, int incidentYears) {

        /** The defaults of docs/OPERATIONS.md. */
        public static final Retention DEFAULTS = new Retention(24, 24, 24, 10);
    }

    /** A site with the default retention (for code that does not deal with retention). */
    public SiteInfo(long id, String name, String city, ZoneId zone, boolean active,
                    int limitInjectionMinutes, int limitInhalationMinutes, int limitFlexibleMinutes,
                    int cleaningMinutes, int minHeadCount, int boothsPerStaff, int expiryWarningDays,
                    int reviewHoursSevere, int reviewHoursModerate, int reviewHoursLow,
                    List<OpeningHours> openingHours) {
        this(id, name, city, zone, active, limitInjectionMinutes, limitInhalationMinutes, limitFlexibleMinutes,
                cleaningMinutes, minHeadCount, boothsPerStaff, expiryWarningDays, reviewHoursSevere,
                reviewHoursModerate, reviewHoursLow, openingHours, Retention.DEFAULTS);
    }

    static SiteInfo of(Site s) {
        return new SiteInfo(s.getId(), s.getName(), s.getCity(), s.zone(), s.isActive(),
                s.getLimitInjectionMinutes(), s.getLimitInhalationMinutes(), s.getLimitFlexibleMinutes(),
                s.getCleaningMinutes(), s.getMinHeadCount(), s.getBoothsPerStaff(), s.getExpiryWarningDays(),
                s.getReviewHoursSevere(), s.getReviewHoursModerate(), s.getReviewHoursLow(),
                List.copyOf(s.getOpeningHours()), new Retention(s.getRetentionVisitMonths(),
                        s.getRetentionClientMonths(), s.getRetentionRefusalMonths(), s.getRetentionIncidentYears()));
    }

    /** The visit time limit for a booth of this kind, in minutes. */
    public int limitMinutes(BoothKind kind) {
        return switch (kind) {
            case INJECTION -> limitInjectionMinutes;
            case INHALATION -> limitInhalationMinutes;
            case FLEXIBLE -> limitFlexibleMinutes;
        };
    }

    public Optional<OpeningHours> openingHours(DayOfWeek day) {
        return openingHours.stream().filter(h -> h.getDayOfWeek() == day).findFirst();
    }
}
