package org.dcrconsole.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.booth.VisitStatisticsService;
import org.dcrconsole.report.ChartData.DayCount;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every figure on hand-made data with known answers. The site is in Berlin and open 20:00–02:00,
 * so visits at 00:30 belong to the next local day (and, in winter, to the previous UTC day).
 * 1 November 2025 is a Saturday.
 */
@DcrSpringBootTest
@org.junit.jupiter.api.Tag("db")
class DashboardServiceTest {

    private static final Period NOV_1_TO_2 = Period.custom(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 2));

    @Autowired
    DashboardService dashboard;
    @Autowired
    VisitStatisticsService visitStatistics;
    @Autowired
    SiteService siteService;
    @Autowired
    JdbcTemplate jdbc;

    ReportFixture f;

    @BeforeEach
    void seed() {
        f = new ReportFixture(siteService, jdbc, "Report", 2);
        long anna = f.client("FEMALE", 1990);
        long ben = f.client("MALE", 1960);
        long cleo = f.client("DIVERSE", 2004);
        // previous period (30–31 Oct): one visit late on the 31st
        long v1 = f.visit(anna, "2025-10-31T23:30", 20, "INJECTION", true, 2, List.of("OPIOIDS"));
        f.supply(v1, "SYRINGE_1ML", 3);
        f.referral(v1, "HOUSING");
        // 00:30 on 1 Nov in Berlin is 23:30 UTC on 31 Oct: it belongs to 1 Nov
        long v2 = f.visit(anna, "2025-11-01T00:30", 30, "INHALATION", true, 1, List.of("CRACK", "COCAINE"));
        f.supply(v2, "FOIL", 4);
        long v3 = f.visit(f.booths.get(1), ben, "2025-11-01T21:00", 20, "INJECTION", false, null, List.of("OPIOIDS"));
        f.supply(v3, "SYRINGE_2ML", 2);
        f.supply(v3, "NEEDLE", 5);
        f.referral(v3, "TREATMENT");
        f.referral(v3, "SUBSTITUTION");
        // still open: counts as an episode, adds no booth time yet
        f.visit(cleo, "2025-11-02T22:00", null, "INJECTION", false, null, List.of("OPIOIDS"));
        // outside both periods
        f.visit(ben, "2025-11-03T00:10", 15, "INJECTION", false, null, List.of("OPIOIDS"));
        f.refusal("2025-10-31T23:59", "FULL");
        f.refusal("2025-11-01T20:10", "INTOXICATED");
        long overdose = f.incident("2025-11-01T00:40", "OPIOID_OVERDOSE", "MODERATE");
        f.step(overdose, "NALOXONE", "2025-11-01T00:43");
        f.step(overdose, "NALOXONE", "2025-11-01T00:53");
        f.step(overdose, "AMBULANCE_CALLED", "2025-11-01T00:45");
        f.incident("2025-11-01T21:10", "OTHER_MEDICAL", "LOW");
        f.incident("2025-11-02T23:00", "AGGRESSION", "LOW");
        f.incident("2025-10-31T23:00", "OPIOID_OVERDOSE", "DEATH");
        TestUsers.signIn("report-manager", List.of(f.siteId), Role.MANAGER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void figures_of_a_period_count_by_the_sites_day_and_compare_with_the_days_before() {
        Comparison c = dashboard.figures(List.of(f.siteId), NOV_1_TO_2);
        FigureSet now = c.current();
        assertThat(now.value(Figure.EPISODES)).isEqualTo(3);
        assertThat(now.value(Figure.UNIQUE_CLIENTS)).isEqualTo(3);
        assertThat(now.value(Figure.REFUSALS)).isEqualTo(1);
        assertThat(now.value(Figure.COUNSELLING)).isEqualTo(1);
        assertThat(now.value(Figure.REFERRALS)).isEqualTo(2);
        assertThat(now.value(Figure.SYRINGES_OUT)).isEqualTo(2);
        assertThat(now.value(Figure.SYRINGES_RETURNED)).isEqualTo(1);
        assertThat(now.value(Figure.EMERGENCIES)).isEqualTo(2);
        assertThat(now.value(Figure.DEATHS)).isZero();
        assertThat(now.value(Figure.NALOXONE)).isEqualTo(2);
        assertThat(now.value(Figure.AMBULANCE_CALLS)).isEqualTo(1);
        assertThat(now.value(Figure.OVERDOSES)).isEqualTo(1);
        assertThat(now.value(Figure.OVERDOSES_WITH_NALOXONE)).isEqualTo(1);
        assertThat(now.value(Figure.EMERGENCIES_PER_1000)).isCloseTo(666.67, within(0.01));
        assertThat(now.value(Figure.REFERRALS_PER_100)).isCloseTo(66.67, within(0.01));

        FigureSet before = c.previous();
        assertThat(before.period()).isEqualTo(Period.custom(LocalDate.of(2025, 10, 30), LocalDate.of(2025, 10, 31)));
        assertThat(before.value(Figure.EPISODES)).isEqualTo(1);
        assertThat(before.value(Figure.UNIQUE_CLIENTS)).isEqualTo(1);
        assertThat(before.value(Figure.REFUSALS)).isEqualTo(1);
        assertThat(before.value(Figure.SYRINGES_OUT)).isEqualTo(3);
        assertThat(before.value(Figure.SYRINGES_RETURNED)).isEqualTo(2);
        assertThat(before.value(Figure.REFERRALS)).isEqualTo(1);
        assertThat(before.value(Figure.EMERGENCIES)).isEqualTo(1);
        assertThat(before.value(Figure.DEATHS)).isEqualTo(1);
        assertThat(before.value(Figure.EMERGENCIES_PER_1000)).isEqualTo(1000);
        assertThat(c.change(Figure.EPISODES)).hasValue(2.0);
    }

    @Test
    void occupancy_is_booth_time_over_booth_hours_open_including_the_hours_after_midnight() {
        // open 20:00–02:00: in 1–2 Nov that is 00–02 (from 31 Oct), 20–02 (1 Nov) and 20–24 (2 Nov) = 12 h,
        // times 2 booths in service (the third is out of service) = 86,400 s; visits took 30 + 20 min
        FigureSet now = dashboard.figures(List.of(f.siteId), NOV_1_TO_2).current();
        assertThat(now.value(Figure.OCCUPANCY)).isCloseTo(100.0 * 3000 / 86400, within(0.001));
    }

    @Test
    void understaffed_hours_are_the_passed_opening_hours_without_the_staff_the_rules_ask_for() {
        // nobody is rostered at this site, so every one of the 12 opening hours breaks the head count rule
        assertThat(dashboard.figures(List.of(f.siteId), NOV_1_TO_2).current().value(Figure.UNDERSTAFFED_HOURS))
                .isEqualTo(12);
    }

    @Test
    void an_empty_period_has_zeros_and_no_division_by_zero() {
        Comparison c = dashboard.figures(List.of(f.siteId), Period.custom(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 7)));
        for (Figure figure : c.figures()) {
            if (figure != Figure.UNDERSTAFFED_HOURS) {
                assertThat(c.current().value(figure)).as(figure.name()).isZero();
            }
        }
        assertThat(c.change(Figure.EPISODES)).isEmpty();
    }

    @Test
    void a_visit_after_midnight_counts_on_the_sites_next_day_not_on_the_utc_day() {
        Period oct31 = Period.custom(LocalDate.of(2025, 10, 31), LocalDate.of(2025, 10, 31));
        Period nov1 = Period.custom(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 1));
        assertThat(dashboard.figures(List.of(f.siteId), oct31).current().value(Figure.EPISODES)).isEqualTo(1);
        assertThat(dashboard.figures(List.of(f.siteId), nov1).current().value(Figure.EPISODES)).isEqualTo(2);
    }

    @Test
    void a_month_boundary_splits_visits_by_the_sites_calendar() {
        Comparison november = dashboard.figures(List.of(f.siteId), Period.month(LocalDate.of(2025, 11, 1)));
        assertThat(november.current().value(Figure.EPISODES)).isEqualTo(4);
        assertThat(november.previous().period().first()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(november.previous().value(Figure.EPISODES)).isEqualTo(1);
    }

    @Test
    void the_day_daylight_saving_ends_has_25_hours_and_keeps_both_of_its_late_visits() {
        long dora = f.client("FEMALE", 1985);
        f.visit(dora, "2025-10-26T00:30", 10, "INJECTION", false, null, List.of("OPIOIDS")); // CEST, 22:30 UTC on the 25th
        f.visit(dora, "2025-10-26T23:30", 10, "INJECTION", false, null, List.of("OPIOIDS")); // CET, 22:30 UTC on the 26th
        Period oct26 = Period.custom(LocalDate.of(2025, 10, 26), LocalDate.of(2025, 10, 26));
        assertThat(dashboard.figures(List.of(f.siteId), oct26).current().value(Figure.EPISODES)).isEqualTo(2);
        assertThat(dashboard.figures(List.of(f.siteId), oct26.previous()).current().value(Figure.EPISODES)).isZero();
    }

    @Test
    void charts_carry_episodes_per_local_day_occupancy_per_hour_of_week_and_the_mixes() {
        ChartData data = dashboard.charts(List.of(f.siteId), NOV_1_TO_2);
        assertThat(data.episodesPerDay()).containsExactly(new DayCount(LocalDate.of(2025, 11, 1), 2),
                new DayCount(LocalDate.of(2025, 11, 2), 1));
        // Saturday 00:00–01:00: one 30-minute visit in 2 booths × 1 hour
        assertThat(data.occupancy()[5][0]).isCloseTo(25.0, within(0.001));
        // Saturday 21:00–22:00: one 20-minute visit
        assertThat(data.occupancy()[5][21]).isCloseTo(100.0 * 1200 / 7200, within(0.001));
        assertThat(data.occupancy()[5][12]).isNull();
        assertThat(data.hourColumns()).containsExactly(20, 21, 22, 23, 0, 1);
        assertThat(data.substances()).containsExactlyInAnyOrderEntriesOf(Map.of("CRACK", 1L, "COCAINE", 1L, "OPIOIDS", 2L));
        assertThat(data.routes()).containsExactlyInAnyOrderEntriesOf(Map.of("INJECTION", 2L, "INHALATION", 1L));
        assertThat(data.emergenciesPerMonth()).hasSize(12);
        assertThat(data.emergenciesPerMonth().getLast().month()).isEqualTo(YearMonth.of(2025, 11));
        assertThat(data.emergenciesPerMonth().getLast().count()).isEqualTo(2);
        assertThat(data.emergenciesPerMonth().get(10).count()).isEqualTo(1);
    }

    @Test
    void the_monthly_report_bands_unique_clients_by_sex_and_age_and_breaks_down_the_month() {
        MonthlyReport r = dashboard.monthly(List.of(f.siteId), YearMonth.of(2025, 11));
        assertThat(r.clientsBySexAndAge().get("FEMALE")).containsEntry("35_44", 1L);
        assertThat(r.clientsBySexAndAge().get("MALE")).containsEntry("55_PLUS", 1L);
        assertThat(r.clientsBySexAndAge().get("DIVERSE")).containsEntry("18_24", 1L);
        assertThat(r.clientsBySexAndAge().values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum())
                .isEqualTo(3);
        assertThat(r.referralsByKind()).containsExactlyInAnyOrderEntriesOf(Map.of("TREATMENT", 1L, "SUBSTITUTION", 1L));
        assertThat(r.refusalsByReason()).containsExactlyInAnyOrderEntriesOf(Map.of("INTOXICATED", 1L));
        assertThat(r.figures().current().value(Figure.EPISODES)).isEqualTo(4);
        assertThat(r.figures().previous().value(Figure.DEATHS)).isEqualTo(1);
        assertThat(r.charts().episodesPerDay()).hasSize(30);
    }

    @Test
    void all_my_sites_adds_the_sites_up() {
        ReportFixture other = new ReportFixture(siteService, jdbc, "Report other", 1);
        long eve = other.client("FEMALE", 1999);
        other.visit(eve, "2025-11-02T20:30", 60, "INHALATION", false, null, List.of("CRACK"));
        TestUsers.signIn("report-manager2", List.of(f.siteId, other.siteId), Role.MANAGER);
        FigureSet both = dashboard.figures(List.of(f.siteId, other.siteId), NOV_1_TO_2).current();
        assertThat(both.value(Figure.EPISODES)).isEqualTo(4);
        assertThat(both.value(Figure.UNIQUE_CLIENTS)).isEqualTo(4);
        // capacity 12 h × (2 + 1) booths = 129,600 s; booth time 3000 + 3600 s
        assertThat(both.value(Figure.OCCUPANCY)).isCloseTo(100.0 * 6600 / 129600, within(0.001));
    }

    @Test
    void stock_figures_sum_the_ledger_by_kind_in_the_period() {
        long swabs = f.item("Swabs");
        f.movement(swabs, "RECEIPT", 500, "2025-11-01T10:00");
        f.movement(swabs, "DISPENSE", -30, "2025-11-01T21:00");
        f.movement(swabs, "DISPENSE", -12, "2025-11-02T00:30");
        f.movement(swabs, "WASTE", -5, "2025-11-02T23:59");
        f.movement(swabs, "USE", -7, "2025-11-03T00:01");
        Comparison c = dashboard.stockFigures(List.of(f.siteId), NOV_1_TO_2);
        assertThat(c.current().value(Figure.STOCK_RECEIVED)).isEqualTo(500);
        assertThat(c.current().value(Figure.STOCK_DISPENSED)).isEqualTo(42);
        assertThat(c.current().value(Figure.STOCK_WASTED)).isEqualTo(5);
        assertThat(c.current().value(Figure.STOCK_USED)).isZero();
        assertThat(c.current().has(Figure.EPISODES)).isFalse();
    }

    @Test
    void a_stock_keeper_gets_stock_figures_but_no_visit_or_incident_figures() {
        TestUsers.signIn("report-keeper", List.of(f.siteId), Role.STOCK_KEEPER);
        assertThat(dashboard.stockFigures(List.of(f.siteId), NOV_1_TO_2).current().has(Figure.STOCK_RECEIVED)).isTrue();
        assertThatThrownBy(() -> dashboard.figures(List.of(f.siteId), NOV_1_TO_2)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.charts(List.of(f.siteId), NOV_1_TO_2)).isInstanceOf(AccessDeniedException.class);
        LiveNow live = dashboard.live(List.of(f.siteId));
        assertThat(live.outOfStock()).isNotNull();
        assertThat(live.boothsOccupied()).isNull();
        assertThat(live.overdueReviews()).isNull();
    }

    @Test
    void an_admin_and_staff_get_no_figures_and_no_one_reads_a_site_they_do_not_hold() {
        TestUsers.signIn("report-admin2", List.of(f.siteId), Role.ADMIN);
        assertThatThrownBy(() -> dashboard.figures(List.of(f.siteId), NOV_1_TO_2)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visitStatistics.summary(f.siteId, NOV_1_TO_2.first(),
                NOV_1_TO_2.last())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.live(List.of(f.siteId))).isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn("report-staff", List.of(f.siteId), Role.STAFF);
        assertThatThrownBy(() -> dashboard.monthly(List.of(f.siteId), YearMonth.of(2025, 11)))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn("report-other-manager", List.of(), Role.MANAGER);
        assertThatThrownBy(() -> dashboard.figures(List.of(f.siteId), NOV_1_TO_2)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visitStatistics.summary(f.siteId, NOV_1_TO_2.first(),
                NOV_1_TO_2.last())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void live_now_shows_the_floor_to_staff_and_everything_to_a_manager() {
        long fin = f.client("MALE", 1980);
        f.visit(f.booths.get(1), fin, "2025-11-04T20:00", null, "INJECTION", false, null, List.of("OPIOIDS"));
        long item = f.item("Foil");
        jdbc.update("INSERT INTO stock_balance (site_id, item_id, lot_key, quantity) VALUES (?, ?, 0, 0)", f.siteId, item);
        LiveNow manager = dashboard.live(List.of(f.siteId));
        assertThat(manager.boothsOccupied()).isEqualTo(2); // Cleo's and Fin's open visits
        assertThat(manager.boothsFree()).isZero();
        assertThat(manager.outOfStock()).isEqualTo(1);
        assertThat(manager.overdueReviews()).isEqualTo(4); // every incident is reported and past its deadline
        assertThat(manager.understaffedHours()).isNotNull();
        TestUsers.signIn("report-staff2", List.of(f.siteId), Role.STAFF);
        LiveNow staff = dashboard.live(List.of(f.siteId));
        assertThat(staff.boothsOccupied()).isEqualTo(2);
        assertThat(staff.outOfStock()).isNull();
        assertThat(staff.overdueReviews()).isNull();
        assertThat(staff.understaffedHours()).isNull();
    }
}
