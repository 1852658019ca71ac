package org.dcrconsole.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.dcrconsole.TestUsers;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The booth demo step on two sites of the test's own: SPEC rates, and every constraint holds. */
@DcrSpringBootTest
class BoothDemoDataTest {

    @Autowired
    BoothDemoData step;
    @Autowired
    SiteService siteService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void ten_days_of_history_come_at_spec_rates_with_referrals_refusals_and_a_live_floor() {
        TestSite central = BoothFixture.site(siteService, BoothKind.INJECTION, BoothKind.INJECTION, BoothKind.INJECTION,
                BoothKind.INHALATION, BoothKind.INHALATION, BoothKind.INHALATION, BoothKind.INHALATION);
        TestSite riverside = BoothFixture.site(siteService, BoothKind.INJECTION, BoothKind.INJECTION,
                BoothKind.INHALATION);
        DemoContext context = new DemoContext(new DemoProperties(true, 42, 10, 0.5), clock);
        context.siteIds().put(DemoContext.CENTRAL, central.id());
        context.siteIds().put(DemoContext.RIVERSIDE, riverside.id());

        TestUsers.signIn("demo", List.of(central.id(), riverside.id()), Role.values());
        try {
            step.run(context);
        } finally {
            TestUsers.signOut();
        }

        long visits = count("SELECT COUNT(*) FROM visit WHERE site_id = ?", central.id());
        // ten days at 200 a day, halved; the site's few booths turn some away as "full"
        assertThat(visits).isBetween(400L, 1200L);
        long referrals = count("SELECT COUNT(*) FROM visit_referral r JOIN visit v ON v.id = r.visit_id WHERE v.site_id = ?",
                central.id());
        assertThat((double) referrals / visits).isBetween(0.05, 0.11);
        assertThat(count("SELECT COUNT(*) FROM admission_refusal WHERE site_id = ?", central.id())).isPositive();
        assertThat(count("SELECT COUNT(*) FROM visit WHERE site_id = ? AND ended_at IS NULL", central.id())).isPositive();
        assertThat(count("SELECT COUNT(*) FROM queue_entry WHERE site_id = ? AND left_at IS NULL", central.id())).isPositive();
        assertThat(count("SELECT COUNT(*) FROM visit_supply s JOIN visit v ON v.id = s.visit_id WHERE v.site_id = ?",
                central.id())).isGreaterThan(visits);
        assertThat(count("SELECT COUNT(*) FROM client WHERE site_id = ? AND first_visit_at IS NULL", riverside.id()))
                .isLessThan(count("SELECT COUNT(*) FROM client WHERE site_id = ?", riverside.id()));
        // no booth holds two visits at once
        assertThat(count("SELECT COUNT(*) FROM visit a JOIN visit b ON a.booth_id = b.booth_id AND a.id < b.id "
                + "AND a.started_at < COALESCE(b.ended_at, a.started_at) AND b.started_at < COALESCE(a.ended_at, b.started_at) "
                + "WHERE a.site_id = ?", central.id())).isZero();
    }

    private long count(String sql, long siteId) {
        return jdbc.queryForObject(sql, Long.class, siteId);
    }
}
