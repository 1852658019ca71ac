package org.dcrconsole.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The forecast on hand-made histories whose answers are worked out by hand. */
class ForecastTest {

    /** A Monday. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static long[] history(java.util.function.IntToLongFunction useOnDay) {
        long[] days = new long[Forecast.HISTORY_DAYS];
        for (int i = 0; i < days.length; i++) {
            days[i] = useOnDay.applyAsLong(i);
        }
        return days;
    }

    @Test
    void steady_use_of_ten_a_day_runs_35_units_out_on_the_fourth_day() {
        long[] days = new long[Forecast.HISTORY_DAYS];
        Arrays.fill(days, 10);
        Forecast f = new Forecast(TODAY, days);

        assertThat(f.averageDailyUse()).isEqualTo(10.0);
        assertThat(f.dailyForecast()).isEqualTo(10.0);
        // 35 → 25 (Mon) → 15 (Tue) → 5 (Wed) → short on Thursday
        assertThat(f.stockOutDate(35)).contains(TODAY.plusDays(3));
        assertThat(f.stockOutDate(30)).contains(TODAY.plusDays(3));
        assertThat(f.stockOutDate(29)).contains(TODAY.plusDays(2));
        assertThat(f.daysOfCover(35)).hasValueSatisfying(d -> assertThat(d).isCloseTo(3.5, within(1e-9)));
    }

    @Test
    void a_busy_friday_is_not_averaged_away() {
        LocalDate first = TODAY.minusDays(Forecast.HISTORY_DAYS);
        Forecast f = new Forecast(TODAY, history(i -> first.plusDays(i).getDayOfWeek() == DayOfWeek.FRIDAY ? 70 : 0));

        assertThat(f.averageDailyUse()).isEqualTo(10.0);
        assertThat(f.weekdayUse(DayOfWeek.FRIDAY)).isEqualTo(70.0);
        assertThat(f.on(TODAY.plusDays(4))).isEqualTo(70.0);
        assertThat(f.on(TODAY)).isEqualTo(10.0);
        // 100 → 90, 80, 70, 60 (Mon–Thu) → Friday needs 70: short on Friday 4 December
        assertThat(f.stockOutDate(100)).contains(LocalDate.of(2026, 12, 4));
        assertThat(f.dailyForecast()).isCloseTo(130.0 / 7, within(1e-9));
    }

    @Test
    void a_recent_rise_shows_through_the_28_day_average() {
        Forecast f = new Forecast(TODAY, history(i -> i >= 28 ? 20 : 0));

        assertThat(f.averageDailyUse()).isEqualTo(20.0);
        assertThat(f.weekdayUse(DayOfWeek.MONDAY)).isEqualTo(10.0);
        assertThat(f.on(TODAY)).isEqualTo(20.0);
        assertThat(f.useWithin(7)).isEqualTo(140.0);
        assertThat(f.stockOutDate(60)).contains(TODAY.plusDays(3));
    }

    @Test
    void nothing_used_means_no_stock_out_and_no_days_of_cover() {
        Forecast f = new Forecast(TODAY, new long[Forecast.HISTORY_DAYS]);
        assertThat(f.stockOutDate(0)).isEmpty();
        assertThat(f.daysOfCover(5)).isEmpty();
    }

    @Test
    void the_suggested_quantity_tops_up_to_target_in_whole_packs_counting_what_is_on_order() {
        assertThat(ReorderService.suggested(500, 120, 100, 100)).isEqualTo(300);
        assertThat(ReorderService.suggested(500, 120, 0, 100)).isEqualTo(400);
        assertThat(ReorderService.suggested(500, 121, 0, 100)).isEqualTo(400);
        assertThat(ReorderService.suggested(500, 119, 0, 100)).isEqualTo(400);
        assertThat(ReorderService.suggested(500, 99, 0, 100)).isEqualTo(500);
        assertThat(ReorderService.suggested(500, 450, 100, 100)).isZero();
        assertThat(ReorderService.suggested(10, 3, 0, 1)).isEqualTo(7);
    }

    // --- the forecast from the site's plan (issue 18) ---

    /** 10 open hours × 3 booths every day of history and horizon, except where {@code change} says. */
    private static double[] plan(java.util.function.IntToDoubleFunction change) {
        double[] days = new double[Forecast.PLAN_DAYS];
        for (int i = 0; i < days.length; i++) {
            days[i] = change.applyAsDouble(i);
        }
        return days;
    }

    /** Index of a day in the plan (0 = today - 56). */
    private static int at(LocalDate day) {
        return Forecast.HISTORY_DAYS + (int) java.time.temporal.ChronoUnit.DAYS.between(TODAY, day);
    }

    @Test
    void with_a_plan_use_per_booth_hour_times_planned_booth_hours_and_a_closed_day_expects_nothing() {
        // 60 a day over 30 booth-hours a day: 2 per booth-hour
        LocalDate closed = TODAY.plusDays(2);
        Forecast f = new Forecast(TODAY, history(i -> 60), plan(i -> i == at(closed) ? 0 : 30));

        assertThat(f.planned()).isTrue();
        assertThat(f.perBoothHour()).isCloseTo(2.0, within(1e-9));
        assertThat(f.on(TODAY)).isCloseTo(60.0, within(1e-9));
        assertThat(f.on(closed)).isZero();
        assertThat(f.plannedBoothHoursPerDay()).isCloseTo(180.0 / 7, within(1e-9));
        // 130 → 70 (Mon) → 10 (Tue) → closed Wed: 10 → short on Thursday, not on Wednesday
        assertThat(f.stockOutDate(130)).contains(TODAY.plusDays(3));
    }

    @Test
    void longer_opening_hours_from_a_day_on_raise_the_forecast_from_that_day() {
        // from Thursday the site opens 14 hours instead of 10 with the same 3 booths
        Forecast f = new Forecast(TODAY, history(i -> 60), plan(i -> i >= at(TODAY.plusDays(3)) ? 42 : 30));

        assertThat(f.on(TODAY.plusDays(2))).isCloseTo(60.0, within(1e-9));
        assertThat(f.on(TODAY.plusDays(3))).isCloseTo(84.0, within(1e-9));
        assertThat(f.useWithin(7)).isCloseTo(3 * 60 + 4 * 84, within(1e-9));
    }

    @Test
    void another_booth_in_service_raises_the_forecast_by_its_share() {
        // 4 booths planned from today instead of 3 (10 hours a day)
        Forecast f = new Forecast(TODAY, history(i -> 60), plan(i -> i >= Forecast.HISTORY_DAYS ? 40 : 30));

        assertThat(f.on(TODAY)).isCloseTo(80.0, within(1e-9));
        assertThat(f.daysOfCover(160)).hasValueSatisfying(d -> assertThat(d).isCloseTo(2.0, within(1e-9)));
    }

    @Test
    void past_closures_do_not_dilute_the_use_per_booth_hour() {
        // the last week was closed and nothing was used: the rate comes from the 21 open days
        Forecast f = new Forecast(TODAY, history(i -> i >= Forecast.HISTORY_DAYS - 7 ? 0 : 60),
                plan(i -> i >= Forecast.HISTORY_DAYS - 7 && i < Forecast.HISTORY_DAYS ? 0 : 30));

        assertThat(f.perBoothHour()).isCloseTo(2.0, within(1e-9));
        assertThat(f.on(TODAY)).isCloseTo(60.0, within(1e-9));
    }

    @Test
    void a_site_without_open_booth_hours_in_the_last_28_days_keeps_the_forecast_from_history() {
        Forecast f = new Forecast(TODAY, history(i -> 10), plan(i -> 0));

        assertThat(f.planned()).isFalse();
        assertThat(f.on(TODAY)).isEqualTo(10.0);
    }

    @Test
    void with_a_plan_a_busy_weekday_stays_busy_per_booth_hour() {
        // 30 booth-hours every day; Fridays use 120, other days 60: 16/7 per booth-hour over 4 weeks, Friday's
        // 4 per booth-hour is 1.75 times that, the other days' 2 is 0.875 times: the history comes back exactly
        LocalDate first = TODAY.minusDays(Forecast.HISTORY_DAYS);
        Forecast f = new Forecast(TODAY, history(i -> first.plusDays(i).getDayOfWeek() == DayOfWeek.FRIDAY ? 120 : 60),
                plan(i -> 30));

        assertThat(f.perBoothHour()).isCloseTo(16.0 / 7, within(1e-9));
        assertThat(f.on(TODAY.plusDays(4))).isCloseTo(120.0, within(1e-9));
        assertThat(f.on(TODAY)).isCloseTo(60.0, within(1e-9));
    }
}
