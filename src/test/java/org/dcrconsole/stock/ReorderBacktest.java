package org.dcrconsole.stock;

import java.lang.reflect.Constructor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.demo.DemoContext;
import org.dcrconsole.demo.DemoProperties;
import org.dcrconsole.demo.DemoStep;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Projected stock-out dates against what the demo data then does: the forecast is computed as of
 * 14 days ago from the ledger before that day, and compared with the day on which the demo's
 * actual consumption after that day used up the stock then on hand (deliveries ignored on
 * both sides). A measurement: {@code mvn test -Dtest=ReorderBacktest -Dtest.excludedGroups=none}.
 */
@DcrSpringBootTest
@Tag("benchmark")
class ReorderBacktest {

    private static final int HOLDOUT = 14;

    @Autowired ApplicationContext ctx;
    @Autowired StockService stock;
    @Autowired SiteService siteService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void projected_stock_out_dates_against_the_demo() throws Exception {
        StockFixture fixture = new StockFixture(siteService, stock);
        long central = fixture.newSite("Backtest central");
        long riverside = fixture.newSite("Backtest riverside");
        Constructor<DemoContext> constructor = DemoContext.class.getDeclaredConstructor(DemoProperties.class, Clock.class);
        constructor.setAccessible(true);
        DemoContext context = constructor.newInstance(new DemoProperties(false, 20261129L, 90, 1.0), clock);
        context.siteIds().put(DemoContext.CENTRAL, central);
        context.siteIds().put(DemoContext.RIVERSIDE, riverside);
        DemoStep step = ctx.getBeansOfType(DemoStep.class).values().stream().filter(s -> s.order() == 300)
                .findFirst().orElseThrow();
        TestUsers.signIn("backtest", List.of(central, riverside), Role.values());
        long t = System.nanoTime();
        step.run(context);
        System.out.printf("stock demo step (90 days, 2 sites) took %d ms%n", (System.nanoTime() - t) / 1_000_000);

        ZoneId zone = siteService.site(central).zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate cutoff = today.minusDays(HOLDOUT);
        int compared = 0;
        int totalError = 0;
        for (Item item : stock.items(central)) {
            long[] history = new long[Forecast.HISTORY_DAYS];
            long[] after = new long[HOLDOUT];
            long onHand = 0;
            record Row(String kind, int quantity, java.time.OffsetDateTime at) {
            }
            List<Row> rows = jdbc.query("SELECT kind, quantity, occurred_at FROM stock_movement WHERE item_id = ?",
                    (rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getObject(3, java.time.OffsetDateTime.class)),
                    item.getId());
            for (Row row : rows) {
                LocalDate day = row.at().atZoneSameInstant(zone).toLocalDate();
                int q = row.quantity();
                boolean consumption = "DISPENSE".equals(row.kind()) || "USE".equals(row.kind());
                if (day.isBefore(cutoff)) {
                    onHand += q;
                    long index = ChronoUnit.DAYS.between(cutoff.minusDays(Forecast.HISTORY_DAYS), day);
                    if (consumption && index >= 0) {
                        history[(int) index] -= q;
                    }
                } else if (consumption && day.isBefore(today)) {
                    after[(int) ChronoUnit.DAYS.between(cutoff, day)] -= q;
                }
            }
            Forecast forecast = new Forecast(cutoff, history);
            LocalDate predicted = forecast.stockOutDate(onHand).orElse(null);
            LocalDate actual = null;
            long used = 0;
            for (int d = 0; d < HOLDOUT; d++) {
                used += after[d];
                if (used >= onHand && after[d] > 0) {
                    actual = cutoff.plusDays(d);
                    break;
                }
            }
            boolean inWindow = predicted != null && predicted.isBefore(today) || actual != null;
            if (inWindow) {
                int error = predicted == null || actual == null ? HOLDOUT
                        : (int) Math.abs(ChronoUnit.DAYS.between(actual, predicted));
                compared++;
                totalError += error;
                System.out.printf("%-30s on hand %6d  predicted %s  actual %s%n", item.getName(), onHand, predicted,
                        actual == null ? "after " + today.minusDays(1) : actual);
            }
        }
        System.out.printf("%d items ran out within %d days; mean absolute error %.2f days%n", compared, HOLDOUT,
                compared == 0 ? 0.0 : totalError / (double) compared);
        TestUsers.signOut();
    }
}
