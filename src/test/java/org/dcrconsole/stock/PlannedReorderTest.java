package org.dcrconsole.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reorder list of a site with an opening plan: use per open booth-hour × planned booth-hours,
 * so a planned closure and another booth move the stock-out date, and each line says why.
 */
@DcrSpringBootTest
class PlannedReorderTest {

    @Autowired SiteService siteService;
    @Autowired StockService stock;
    @Autowired ReorderService reorder;
    @Autowired Clock clock;

    @AfterEach
    void tearDown() {
        TestUsers.signOut();
    }

    /**
     * A site of {@code booths} booths open 10 hours a day whose item "Cups" had 320 on hand after
     * using 60 a day over the last 28 days (with 3 booths: 2 per booth-hour).
     */
    private ReorderLine cups(long site) {
        StockFixture fixture = new StockFixture(siteService, stock);
        StockFixture.keeper(site);
        ZoneId zone = siteService.site(site).zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Item item = fixture.item(site, "Cups", false, null, null, 10, 400, 1000, 2);
        stock.record(site, MovementRequest.of(item.getId(), MovementKind.RECEIPT, 2000)
                .at(today.minusDays(40).atTime(10, 0).atZone(zone).toInstant()));
        for (int d = 1; d <= 28; d++) {
            stock.record(site, MovementRequest.of(item.getId(), MovementKind.USE, 60)
                    .at(today.minusDays(d).atTime(12, 0).atZone(zone).toInstant()));
        }
        return reorder.reorderList(site).stream().filter(l -> l.itemId() == item.getId()).findFirst().orElseThrow();
    }

    private LocalDate today(long site) {
        return LocalDate.now(clock.withZone(siteService.site(site).zone()));
    }

    @Test
    void an_open_site_expects_its_booth_hours_times_use_per_booth_hour_and_says_so() {
        long site = new StockFixture(siteService, stock).plannedSite("Planned", 3);
        ReorderLine line = cups(site);

        assertThat(line.plannedBoothHours()).isCloseTo(30.0, within(1e-9));
        assertThat(line.usePerBoothHour()).isCloseTo(2.0, within(1e-9));
        assertThat(line.forecastDailyUse()).isCloseTo(60.0, within(1e-9));
        // 320 → 260, 200, 140, 80, 20 → short on the sixth day
        assertThat(line.stockOutDate()).isEqualTo(today(site).plusDays(5));
        assertThat(line.suggestedQuantity()).isEqualTo(680);
    }

    @Test
    void a_planned_closure_expects_nothing_on_its_days_and_moves_the_stock_out_date() {
        StockFixture fixture = new StockFixture(siteService, stock);
        long site = fixture.plannedSite("Closing", 3);
        StockFixture.keeper(site);
        LocalDate today = today(site);
        fixture.closure(site, today.plusDays(1), today.plusDays(3), "Holiday");
        ReorderLine line = cups(site);

        // today 260, closed three days, then 200, 140, 80, 20 → short on day 8
        assertThat(line.stockOutDate()).isEqualTo(today(site).plusDays(8));
        assertThat(line.plannedBoothHours()).isCloseTo(120.0 / 7, within(1e-9));
        assertThat(line.daysOfCover()).isCloseTo(320 / (120.0 / 7 * 2), within(1e-9));
    }

    @Test
    void longer_hours_from_a_day_on_bring_the_stock_out_date_forward() throws Exception {
        StockFixture fixture = new StockFixture(siteService, stock);
        long site = fixture.plannedSite("Longer", 3);
        StockFixture.keeper(site);
        LocalDate today = today(site);
        org.dcrconsole.TestUsers.as(org.dcrconsole.TestUsers.user("fixture-admin", java.util.List.of(),
                org.dcrconsole.security.Role.ADMIN), () -> {
            org.dcrconsole.site.SiteHoursChange change = new org.dcrconsole.site.SiteHoursChange(site);
            change.setEffectiveFrom(today.plusDays(1));
            change.setHours(java.util.Arrays.stream(java.time.DayOfWeek.values())
                    .map(d -> new org.dcrconsole.site.OpeningHours(d, java.time.LocalTime.of(8, 0),
                            java.time.LocalTime.of(22, 0))).toList());
            return siteService.saveHoursChange(change);
        });
        StockFixture.keeper(site);
        ReorderLine line = cups(site);

        // today 60 (10 h), then 84 a day (14 h × 3 booths × 2): 320 → 260, 176, 92, 8 → short on day 4
        assertThat(line.stockOutDate()).isEqualTo(today.plusDays(4));
        assertThat(line.plannedBoothHours()).isCloseTo((30 + 6 * 42) / 7.0, within(1e-9));
    }
}
