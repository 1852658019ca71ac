package org.dcrconsole.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The demo network's take-home naloxone and drug checking (same context as {@link DemoNetworkTest}). */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:demonetwork;DB_CLOSE_DELAY=-1",
        "dcr.demo.enabled=true"})
@ActiveProfiles("test")
class BeyondDemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void clients_are_trained_and_given_kits_from_stock_and_two_reversals_are_reported() {
        assertThat(count("SELECT COUNT(DISTINCT client_id) FROM naloxone_training")).isEqualTo(20);
        assertThat(count("SELECT COUNT(*) FROM naloxone_kit")).isBetween(1L, 20L);
        assertThat(count("SELECT COUNT(*) FROM naloxone_kit WHERE refill")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM naloxone_kit k WHERE NOT EXISTS (SELECT 1 FROM stock_movement m "
                + "WHERE m.item_id = k.item_id AND m.kind = 'DISPENSE' AND m.occurred_at = k.handed_out_at)"))
                .as("every kit left stock as a dispense").isZero();
        assertThat(count("SELECT COUNT(*) FROM naloxone_reversal")).isEqualTo(2);
    }

    @Test
    void three_drug_checking_results_and_one_active_network_alert() {
        assertThat(count("SELECT COUNT(*) FROM drug_check_result")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM drug_alert WHERE network AND ended_at IS NULL"
                + " AND expires_at > CURRENT_TIMESTAMP")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM drug_alert_result")).isEqualTo(2);
    }
}
