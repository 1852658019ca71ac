package org.dcrconsole.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** Whole days a staff member is away, first and last day inclusive, in the site's time zone. */
@Embeddable
public class Absence implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AbsenceKind kind = AbsenceKind.LEAVE;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay = LocalDate.EPOCH;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay = LocalDate.EPOCH;

    protected Absence() {
    }

    public Absence(AbsenceKind kind, LocalDate firstDay, LocalDate lastDay) {
        this.kind = Objects.requireNonNull(kind);
        this.firstDay = Objects.requireNonNull(firstDay);
        this.lastDay = Objects.requireNonNull(lastDay);
    }

    public AbsenceKind getKind() {
        return kind;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    /** Whether the absence covers any moment of [start, end) in the given zone. */
    public boolean overlaps(Instant start, Instant end, ZoneId zone) {
        Instant from = firstDay.atStartOfDay(zone).toInstant();
        Instant until = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        return start.isBefore(until) && end.isAfter(from);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Absence a && a.kind == kind && a.firstDay.equals(firstDay) && a.lastDay.equals(lastDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, firstDay, lastDay);
    }

    @Override
    public String toString() {
        return kind + " " + firstDay + ".." + lastDay;
    }
}
