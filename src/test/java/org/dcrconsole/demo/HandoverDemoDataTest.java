package org.dcrconsole.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.handover.HandoverPanelData;
import org.dcrconsole.handover.HandoverService;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's handover log: a week per site, a few items still open from the last two days. */
@DcrSpringBootTest
class HandoverDemoDataTest {

    @Autowired HandoverDemoData step;
    @Autowired SiteService siteService;
    @Autowired HandoverService handover;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void each_site_gets_a_week_of_entries_and_the_recent_open_items_stay_pinned() throws Exception {
        long central = BoothFixture.site(siteService, BoothKind.INJECTION, BoothKind.INHALATION).id();
        long riverside = BoothFixture.site(siteService, BoothKind.INJECTION).id();
        DemoContext context = new DemoContext(new DemoProperties(false, 20261202L, 90, 1.0), clock);
        context.siteIds().put(DemoContext.CENTRAL, central);
        context.siteIds().put(DemoContext.RIVERSIDE, riverside);

        tx.executeWithoutResult(status -> SystemUser.runAs(List.of(central, riverside), () -> step.run(context)));

        for (long site : List.of(central, riverside)) {
            Instant first = jdbc.queryForObject("SELECT MIN(written_at) FROM handover_entry WHERE site_id = ?",
                    Instant.class, site);
            Instant now = clock.instant();
            assertThat(first).isBefore(now.minus(java.time.Duration.ofDays(5)))
                    .isAfter(now.minus(java.time.Duration.ofDays(HandoverDemoData.DAYS + 1)));
            assertThat(jdbc.queryForObject("""
                    SELECT COUNT(*) FROM handover_entry
                    WHERE site_id = ? AND open_item = TRUE AND done_at IS NULL AND written_at < ?""",
                    Long.class, site, now.minus(java.time.Duration.ofDays(3))))
                    .as("open items older than two days were done").isZero();
        }
        long pinned = jdbc.queryForObject(
                "SELECT COUNT(*) FROM handover_entry WHERE site_id = ? AND open_item = TRUE AND done_at IS NULL",
                Long.class, central);
        assertThat(pinned).as("Central has open items on its board").isPositive();
        HandoverPanelData panel = TestUsers.as(TestUsers.user("demo-staff", List.of(central), Role.STAFF),
                () -> handover.panel(central, 4, 2));
        assertThat(panel.pinnedCount()).isEqualTo(pinned);
        assertThat(panel.recent()).isNotEmpty();
    }
}
