package org.dcrconsole.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final LocalDate SUNDAY_29_NOV = LocalDate.of(2026, 11, 29);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void today_is_one_day_and_is_compared_with_yesterday() {
        Period p = Period.of(PeriodKind.TODAY, SUNDAY_29_NOV);
        assertThat(p.days()).isEqualTo(1);
        assertThat(p.previous()).isEqualTo(new Period(PeriodKind.TODAY, SUNDAY_29_NOV.minusDays(1), SUNDAY_29_NOV.minusDays(1)));
    }

    @Test
    void last_seven_days_end_today_and_are_compared_with_the_seven_days_before() {
        Period p = Period.of(PeriodKind.LAST_7_DAYS, SUNDAY_29_NOV);
        assertThat(p.first()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(p.days()).isEqualTo(7);
        assertThat(p.previous().first()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(p.previous().last()).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void this_month_so_far_is_compared_with_the_same_days_of_last_month() {
        Period p = Period.of(PeriodKind.THIS_MONTH, SUNDAY_29_NOV);
        assertThat(p.first()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(p.previous().first()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(p.previous().last()).isEqualTo(LocalDate.of(2026, 10, 29));
    }

    @Test
    void a_whole_month_is_compared_with_the_whole_month_before_even_when_it_is_shorter() {
        Period october = Period.of(PeriodKind.LAST_MONTH, SUNDAY_29_NOV);
        assertThat(october.first()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(october.last()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(october.previous().last()).isEqualTo(LocalDate.of(2026, 9, 30));
        Period march = Period.month(LocalDate.of(2028, 3, 17));
        assertThat(march.previous().first()).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThat(march.previous().last()).isEqualTo(LocalDate.of(2028, 2, 29));
        Period january = Period.of(PeriodKind.LAST_MONTH, LocalDate.of(2027, 2, 3));
        assertThat(january.previous()).isEqualTo(new Period(PeriodKind.LAST_MONTH, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31)));
    }

    @Test
    void this_month_on_its_last_day_is_compared_with_all_of_a_shorter_month_before() {
        Period p = Period.of(PeriodKind.THIS_MONTH, LocalDate.of(2026, 3, 31));
        assertThat(p.previous().first()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(p.previous().last()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void a_custom_period_is_compared_with_as_many_days_just_before_it() {
        Period p = Period.custom(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 16));
        assertThat(p.previous().first()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(p.previous().last()).isEqualTo(LocalDate.of(2026, 11, 9));
        Period acrossNewYear = Period.custom(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2));
        assertThat(acrossNewYear.days()).isEqualTo(4);
        assertThat(acrossNewYear.previous().first()).isEqualTo(LocalDate.of(2026, 12, 26));
    }

    @Test
    void days_start_at_the_sites_midnight_not_at_utc_midnight() {
        Period p = Period.of(PeriodKind.TODAY, SUNDAY_29_NOV);
        assertThat(p.start(BERLIN)).isEqualTo(Instant.parse("2026-11-28T23:00:00Z"));
        assertThat(p.end(BERLIN)).isEqualTo(Instant.parse("2026-11-29T23:00:00Z"));
        assertThat(p.start(ZoneId.of("America/Vancouver"))).isEqualTo(Instant.parse("2026-11-29T08:00:00Z"));
    }

    @Test
    void a_day_with_a_daylight_saving_change_has_23_or_25_hours() {
        Period spring = Period.custom(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29));
        assertThat(Duration.between(spring.start(BERLIN), spring.end(BERLIN))).isEqualTo(Duration.ofHours(23));
        Period autumn = Period.custom(LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25));
        assertThat(Duration.between(autumn.start(BERLIN), autumn.end(BERLIN))).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void a_period_cannot_end_before_it_starts_and_custom_needs_its_days() {
        assertThatThrownBy(() -> Period.custom(SUNDAY_29_NOV, SUNDAY_29_NOV.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.of(PeriodKind.CUSTOM, SUNDAY_29_NOV)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_custom_span_from_the_first_that_is_not_a_whole_month_is_compared_with_the_days_just_before() {
        Period p = Period.custom(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2));
        assertThat(p.previous()).isEqualTo(Period.custom(LocalDate.of(2026, 10, 30), LocalDate.of(2026, 10, 31)));
        assertThat(Period.custom(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)).previous())
                .isEqualTo(Period.custom(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
    }

    @Test
    void dates_lists_every_day_in_order() {
        assertThat(Period.custom(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 2)).dates())
                .containsExactly(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 3, 2));
    }
}
