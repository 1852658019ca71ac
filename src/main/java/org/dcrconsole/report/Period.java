package org.dcrconsole.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A span of whole days in a site's calendar, first and last day inclusive. Its instants are
 * taken in the site's time zone, so a day is the site's day (23 or 25 hours across a DST change)
 * and a visit at 00:30 local time counts on the day it happened there, not on the UTC day.
 *
 * @param kind  how the user chose it
 * @param first the first day
 * @param last  the last day (not before the first)
 */
public record Period(PeriodKind kind, LocalDate first, LocalDate last) {

    /** The longest span the dashboard and the exports accept (a leap year and a day of margin). */
    public static final int MAX_DAYS = 367;

    public Period {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(first);
        Objects.requireNonNull(last);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last day " + last + " before first day " + first);
        }
    }

    /** The period of the given kind that contains or ends at {@code today} (not for CUSTOM). */
    public static Period of(PeriodKind kind, LocalDate today) {
        return switch (kind) {
            case TODAY -> new Period(kind, today, today);
            case LAST_7_DAYS -> new Period(kind, today.minusDays(6), today);
            case THIS_MONTH -> new Period(kind, today.withDayOfMonth(1), today);
            case LAST_MONTH -> {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                yield new Period(kind, first, first.plusMonths(1).minusDays(1));
            }
            case CUSTOM -> throw new IllegalArgumentException("A custom period needs its days");
        };
    }

    public static Period custom(LocalDate first, LocalDate last) {
        return new Period(PeriodKind.CUSTOM, first, last);
    }

    /** One whole calendar month, as the funder's report uses it. */
    public static Period month(LocalDate anyDayOfMonth) {
        LocalDate first = anyDayOfMonth.withDayOfMonth(1);
        return new Period(PeriodKind.CUSTOM, first, first.plusMonths(1).minusDays(1));
    }

    /** Whether the period is exactly one calendar month. */
    public boolean isWholeMonth() {
        return first.getDayOfMonth() == 1 && last.equals(first.plusMonths(1).minusDays(1));
    }

    /** Number of days, at least 1. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(first, last) + 1;
    }

    /**
     * The period to compare with. A month is compared with the month before: "this month" so far
     * with the same days of last month, a whole calendar month with the whole month before (which
     * is what people mean by "last month", whatever its length). Any other span is compared with
     * the same number of days just before it.
     */
    public Period previous() {
        if (kind == PeriodKind.THIS_MONTH || kind == PeriodKind.LAST_MONTH || isWholeMonth()) {
            LocalDate prevFirst = first.minusMonths(1);
            boolean wholeMonth = last.equals(first.plusMonths(1).minusDays(1));
            LocalDate prevLast = wholeMonth ? prevFirst.plusMonths(1).minusDays(1)
                    : min(prevFirst.plusDays(days() - 1L), prevFirst.plusMonths(1).minusDays(1));
            return new Period(kind, prevFirst, prevLast);
        }
        return new Period(kind, first.minusDays(days()), first.minusDays(1));
    }

    /** The first instant of the period: the site's midnight starting the first day. */
    public Instant start(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The instant just after the period: the site's midnight starting the day after the last. */
    public Instant end(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Every day of the period, in order. */
    public List<LocalDate> dates() {
        List<LocalDate> out = new ArrayList<>(days());
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            out.add(d);
        }
        return out;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
