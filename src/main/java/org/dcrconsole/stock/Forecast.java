package org.dcrconsole.stock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The daily use of one item expected from its history.
 *
 * <p>Two estimates are combined. (a) The average daily use over the last {@value #AVERAGE_DAYS}
 * days follows recent trends. (b) The weekday profile: the mean use on each weekday over the last
 * {@value #PROFILE_WEEKS} weeks. Dispenses are booked per visit, so a weekday's dispensed total is
 * exactly items-per-visit (by route) × visits on that weekday, aggregated; the profile is
 * therefore "items per visit × expected visits by weekday", computed from the ledger without
 * reading the visit records. The forecast for a future day is the <em>larger</em> of (a) and
 * (b) for that day's weekday: a busy Friday is not averaged away, and a recent rise shows even on
 * quiet weekdays. Erring high costs a few packs of shelf space; erring low leaves a client
 * without a sterile syringe or naloxone.
 *
 * <p>Day 0 of the history is {@code today - 56}; the last day is yesterday. Today is not part of
 * the history (it is not over) but is the first day of the projection.
 *
 * <p><b>With the site's plan</b> (issue 18) the forecast knows what is coming: the use of the
 * last {@value #AVERAGE_DAYS} days per open booth-hour (open hours × booths in service, planned
 * closures applied) times the open booth-hours planned for the day. Visits scale with the hours
 * a site is open and the booths it runs, and items per visit stay put, so expected visits ×
 * items per visit is planned booth-hours × use per booth-hour, weighted by the weekday (a
 * weekday's use per booth-hour over 8 weeks relative to all days': busy Fridays stay busy). A
 * closed day expects nothing;
 * longer hours or another booth raise the forecast from the day they start. A site whose plan
 * had no open hours in the last 28 days (no opening hours or booths set) keeps the estimate
 * from history alone.
 */
final class Forecast {

    static final int AVERAGE_DAYS = 28;
    static final int PROFILE_WEEKS = 8;
    static final int HISTORY_DAYS = PROFILE_WEEKS * 7;
    static final int HORIZON_DAYS = 365;

    /** Days of plan the forecast needs: the history, today and the horizon. */
    static final int PLAN_DAYS = HISTORY_DAYS + 1 + HORIZON_DAYS;

    private final LocalDate today;
    private final double average;
    private final double[] weekday = new double[7];
    /** Open booth-hours per day, index 0 = {@code today - 56}; null when forecasting from history alone. */
    private final double @org.jspecify.annotations.Nullable [] plan;
    private final double perBoothHour;
    /** From the plan: a weekday's use per booth-hour relative to all days' over the last 8 weeks. */
    private final double[] weekdayFactor = {1, 1, 1, 1, 1, 1, 1};

    /**
     * A forecast from the site's plan.
     *
     * @param boothHours open booth-hours per day, index 0 = {@code today - 56}, {@value #PLAN_DAYS} days
     */
    Forecast(LocalDate today, long[] dailyUse, double[] boothHours) {
        this(today, dailyUse, boothHours, true);
    }

    /**
     * @param dailyUse units used per day (positive), index 0 = {@code today - 56}, index 55 = yesterday
     */
    Forecast(LocalDate today, long[] dailyUse) {
        this(today, dailyUse, null, false);
    }

    private Forecast(LocalDate today, long[] dailyUse, double @org.jspecify.annotations.Nullable [] boothHours,
                     boolean planned) {
        if (dailyUse.length != HISTORY_DAYS) {
            throw new IllegalArgumentException("Expected " + HISTORY_DAYS + " days of history");
        }
        if (planned && (boothHours == null || boothHours.length != PLAN_DAYS)) {
            throw new IllegalArgumentException("Expected " + PLAN_DAYS + " days of plan");
        }
        double pastBoothHours = 0;
        long pastUse = 0;
        for (int i = HISTORY_DAYS - AVERAGE_DAYS; i < HISTORY_DAYS; i++) {
            pastUse += dailyUse[i];
            pastBoothHours += boothHours == null ? 0 : boothHours[i];
        }
        this.plan = pastBoothHours > 0 ? boothHours : null;
        this.perBoothHour = pastBoothHours > 0 ? pastUse / pastBoothHours : 0;
        if (plan != null) {
            // the weekday's use per booth-hour over 8 weeks against all days' (Fridays are busier per hour)
            double[] dayUse = new double[7];
            double[] dayHours = new double[7];
            double allUse = 0;
            double allHours = 0;
            LocalDate start = today.minusDays(HISTORY_DAYS);
            for (int i = 0; i < HISTORY_DAYS; i++) {
                int d = start.plusDays(i).getDayOfWeek().getValue() - 1;
                dayUse[d] += dailyUse[i];
                dayHours[d] += plan[i];
                allUse += dailyUse[i];
                allHours += plan[i];
            }
            for (int d = 0; d < 7; d++) {
                weekdayFactor[d] = dayHours[d] > 0 && allUse > 0 ? (dayUse[d] / dayHours[d]) / (allUse / allHours) : 1;
            }
        }
        this.today = today;
        long recent = 0;
        for (int i = HISTORY_DAYS - AVERAGE_DAYS; i < HISTORY_DAYS; i++) {
            recent += dailyUse[i];
        }
        this.average = recent / (double) AVERAGE_DAYS;
        LocalDate first = today.minusDays(HISTORY_DAYS);
        for (int i = 0; i < HISTORY_DAYS; i++) {
            weekday[first.plusDays(i).getDayOfWeek().getValue() - 1] += dailyUse[i];
        }
        for (int d = 0; d < 7; d++) {
            weekday[d] /= PROFILE_WEEKS;
        }
    }

    /** Average daily use over the last 28 days (estimate a). */
    double averageDailyUse() {
        return average;
    }

    /** Mean use on this weekday over the last 8 weeks (estimate b). */
    double weekdayUse(DayOfWeek day) {
        return weekday[day.getValue() - 1];
    }

    /** Whether this forecast follows the site's plan (else history alone). */
    boolean planned() {
        return plan != null;
    }

    /** Units used per open booth-hour over the last 28 days; 0 without a plan. */
    double perBoothHour() {
        return perBoothHour;
    }

    /** Open booth-hours planned for a day; 0 without a plan. */
    double boothHours(LocalDate day) {
        if (plan == null) {
            return 0;
        }
        int index = HISTORY_DAYS + (int) java.time.temporal.ChronoUnit.DAYS.between(today, day);
        return index >= 0 && index < plan.length ? plan[index] : 0;
    }

    /** Open booth-hours planned per day, averaged over the coming week. */
    double plannedBoothHoursPerDay() {
        double sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += boothHours(today.plusDays(i));
        }
        return sum / 7;
    }

    /**
     * Expected use on a day: from the plan, planned booth-hours × use per booth-hour × the
     * weekday's factor; from history alone, the larger of the two estimates.
     */
    double on(LocalDate day) {
        if (plan != null) {
            return boothHours(day) * perBoothHour * weekdayFactor[day.getDayOfWeek().getValue() - 1];
        }
        return Math.max(average, weekdayUse(day.getDayOfWeek()));
    }

    /** Expected use per day, averaged over the coming week. */
    double dailyForecast() {
        double sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += on(today.plusDays(i));
        }
        return sum / 7;
    }

    /** Expected use from today over the given number of days. */
    double useWithin(int days) {
        double sum = 0;
        for (int i = 0; i < days; i++) {
            sum += on(today.plusDays(i));
        }
        return sum;
    }

    /**
     * The first day whose expected use cannot be met from what is on hand now (deliveries not
     * counted); empty when nothing is used or stock lasts beyond a year.
     */
    Optional<LocalDate> stockOutDate(long onHand) {
        double remaining = onHand;
        for (int i = 0; i <= HORIZON_DAYS; i++) {
            LocalDate day = today.plusDays(i);
            remaining -= on(day);
            if (remaining < -1e-9) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /**
     * The first day whose expected use cannot be met from what is on hand now plus what arrives
     * (units by day of arrival; an arrival counts from the start of its day); empty when nothing
     * is used or stock lasts beyond a year.
     */
    Optional<LocalDate> stockOutDate(long onHand, java.util.Map<LocalDate, Integer> arrivals) {
        double remaining = onHand;
        for (Map.Entry<LocalDate, Integer> a : arrivals.entrySet()) {
            if (!a.getKey().isAfter(today)) {
                remaining += a.getValue();
            }
        }
        for (int i = 0; i <= HORIZON_DAYS; i++) {
            LocalDate day = today.plusDays(i);
            if (i > 0) {
                remaining += arrivals.getOrDefault(day, 0);
            }
            remaining -= on(day);
            if (remaining < -1e-9) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** Days the stock on hand lasts at the forecast rate; empty when nothing is used. */
    Optional<Double> daysOfCover(long onHand) {
        double rate = dailyForecast();
        return rate <= 0 ? Optional.empty() : Optional.of(onHand / rate);
    }
}
