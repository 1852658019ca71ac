package org.dcrconsole.site;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The hours a site is open on one weekday, in the site's time zone. A closing time at or
 * before the opening time means the site closes after midnight, on the next day.
 */
@Embeddable
public class OpeningHours {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false)
    private DayOfWeek dayOfWeek = DayOfWeek.MONDAY;

    @Column(nullable = false)
    private LocalTime opens = LocalTime.of(11, 0);

    @Column(nullable = false)
    private LocalTime closes = LocalTime.of(23, 0);

    protected OpeningHours() {
    }

    public OpeningHours(DayOfWeek dayOfWeek, LocalTime opens, LocalTime closes) {
        this.dayOfWeek = dayOfWeek;
        this.opens = opens;
        this.closes = closes;
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public LocalTime getOpens() {
        return opens;
    }

    public LocalTime getCloses() {
        return closes;
    }

    public boolean closesAfterMidnight() {
        return !closes.isAfter(opens);
    }

    public Duration length() {
        Duration d = Duration.between(opens, closes);
        return closesAfterMidnight() ? d.plusDays(1) : d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpeningHours h && h.dayOfWeek == dayOfWeek && h.opens.equals(opens) && h.closes.equals(closes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dayOfWeek, opens, closes);
    }

    @Override
    public String toString() {
        return dayOfWeek + " " + opens + "-" + closes;
    }
}
