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
 */
final class Forecast {

    static final int AVERAGE_DAYS = 28;
    static final int PROFILE_WEEKS = 8;
    static final int HISTORY_DAYS = PROFILE_WEEKS * 7;
    static final int HORIZON_DAYS = 365;

    private final LocalDate today;
    private final double average;
    private final double[] weekday = new double[7];

    /**
     * @param dailyUse units used per day (positive), index 0 = {@code today - 56}, index 55 = yesterday
     */
    Forecast(LocalDate today, long[] dailyUse) {
        if (dailyUse.length != HISTORY_DAYS) {
            throw new IllegalArgumentException("Expected " + HISTORY_DAYS + " days of history");
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

    /** Expected use on a day: the larger of the two estimates. */
    double on(LocalDate day) {
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
