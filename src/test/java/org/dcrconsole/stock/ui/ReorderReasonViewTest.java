package org.dcrconsole.stock.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.stock.Item;
import org.dcrconsole.stock.MovementKind;
import org.dcrconsole.stock.MovementRequest;
import org.dcrconsole.stock.ReorderLine;
import org.dcrconsole.stock.StockFixture;
import org.dcrconsole.stock.StockService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** /reorder says why it expects what it does: the site's planned booth-hours × use per booth-hour. */
class ReorderReasonViewTest extends KaribuTest {

    @Autowired StockService stock;
    @Autowired SiteService siteService;
    @Autowired Clock clock;

    @Test
    void the_reorder_list_shows_the_plan_behind_each_forecast() {
        StockFixture fixture = new StockFixture(siteService, stock);
        long site = fixture.plannedSite("Reason UI", 3);
        signIn("keeper-reason", List.of(site), Role.STOCK_KEEPER);
        ZoneId zone = siteService.site(site).zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        // closed tomorrow: the coming week plans 6 × 30 booth-hours, 25.7 a day on average
        fixture.closure(site, today.plusDays(1), today.plusDays(1), "Inventory day");
        Item cups = fixture.item(site, "Cups", false, null, null, 10, 400, 1000, 2);
        stock.record(site, MovementRequest.of(cups.getId(), MovementKind.RECEIPT, 2000)
                .at(today.minusDays(40).atTime(10, 0).atZone(zone).toInstant()));
        for (int d = 1; d <= 28; d++) {
            stock.record(site, MovementRequest.of(cups.getId(), MovementKind.USE, 60)
                    .at(today.minusDays(d).atTime(12, 0).atZone(zone).toInstant()));
        }

        navigate("reorder");

        @SuppressWarnings("unchecked")
        Grid<ReorderLine> grid = _get(Grid.class, s -> s.withId("reorder-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains("Cups", "expected 25.7 open booth-hours/day × 2.0 per booth-hour");
    }
}
