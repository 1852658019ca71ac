package org.dcrconsole.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads a site's recent consumption (dispense and use on site) from the ledger, one query per site. */
@Component
class Consumption {

    static final EnumSet<MovementKind> CONSUMPTION = EnumSet.of(MovementKind.DISPENSE, MovementKind.USE);

    private final StockMovementRepository movements;

    Consumption(StockMovementRepository movements) {
        this.movements = movements;
    }

    /** A forecast per item that had consumption in the last 8 weeks; others use {@link #none(LocalDate)}. */
    Map<Long, Forecast> forecasts(long siteId, ZoneId zone, LocalDate today) {
        return forecasts(siteId, zone, today, null);
    }

    /**
     * As {@link #forecasts(long, ZoneId, LocalDate)}, following the site's plan when given: open
     * booth-hours per day, index 0 = {@code today - 56}, {@value Forecast#PLAN_DAYS} days.
     */
    Map<Long, Forecast> forecasts(long siteId, ZoneId zone, LocalDate today,
                                  double @org.jspecify.annotations.Nullable [] boothHours) {
        LocalDate first = today.minusDays(Forecast.HISTORY_DAYS);
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = today.atStartOfDay(zone).toInstant();
        Map<Long, long[]> daily = new HashMap<>();
        for (UseRow row : movements.useSince(siteId, from, CONSUMPTION)) {
            if (!row.occurredAt().isBefore(to)) {
                continue;
            }
            int index = (int) ChronoUnit.DAYS.between(first, LocalDate.ofInstant(row.occurredAt(), zone));
            if (index >= 0 && index < Forecast.HISTORY_DAYS) {
                daily.computeIfAbsent(row.itemId(), k -> new long[Forecast.HISTORY_DAYS])[index] -= row.quantity();
            }
        }
        Map<Long, Forecast> result = new HashMap<>();
        daily.forEach((itemId, days) -> result.put(itemId,
                boothHours == null ? new Forecast(today, days) : new Forecast(today, days, boothHours)));
        return result;
    }

    static Forecast none(LocalDate today) {
        return new Forecast(today, new long[Forecast.HISTORY_DAYS]);
    }
}
