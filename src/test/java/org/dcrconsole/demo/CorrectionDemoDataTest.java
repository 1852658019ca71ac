package org.dcrconsole.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo's corrections on sites of the test's own: corrected and voided visits, a booth out, open discrepancies. */
@DcrSpringBootTest
class CorrectionDemoDataTest {

    @Autowired BoothDemoData booths;
    @Autowired CorrectionDemoData step;
    @Autowired SiteService siteService;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void the_demo_shows_corrected_and_voided_visits_a_booth_out_of_service_and_open_stock_discrepancies() {
        TestSite central = BoothFixture.site(siteService, BoothKind.INJECTION, BoothKind.INJECTION, BoothKind.INHALATION,
                BoothKind.INHALATION, BoothKind.FLEXIBLE);
        TestSite riverside = BoothFixture.site(siteService, BoothKind.INJECTION, BoothKind.INHALATION);
        for (String supply : List.of("SYRINGE_2ML", "NEEDLE")) {
            jdbc.update("INSERT INTO stock_item (site_id, name, category, unit, pack_size, reorder_point, target_level, "
                    + "lead_time_days, supply) VALUES (?, ?, 'INJECTION', 'PIECE', 1, 0, 10, 7, ?)", central.id(), supply, supply);
        }
        DemoContext context = new DemoContext(new DemoProperties(true, 7, 5, 0.3), clock);
        context.siteIds().put(DemoContext.CENTRAL, central.id());
        context.siteIds().put(DemoContext.RIVERSIDE, riverside.id());

        TestUsers.signIn("demo", List.of(central.id(), riverside.id()), Role.values());
        try {
            booths.run(context);
            step.run(context);
        } finally {
            TestUsers.signOut();
        }

        assertThat(count("SELECT COUNT(*) FROM visit WHERE site_id = ? AND status = 'CORRECTED'", central.id())).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM visit WHERE site_id = ? AND status = 'VOIDED'", central.id())).isOne();
        assertThat(count("SELECT COUNT(*) FROM visit_correction WHERE site_id = ?", central.id())).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM booth WHERE site_id = ? AND in_service = FALSE "
                + "AND out_of_service_reason IS NOT NULL", central.id())).isOne();
        assertThat(count("SELECT COUNT(*) FROM stock_discrepancy WHERE site_id = ? AND resolved_at IS NULL", central.id()))
                .isEqualTo(2);
    }

    private long count(String sql, long siteId) {
        return jdbc.queryForObject(sql, Long.class, siteId);
    }
}
