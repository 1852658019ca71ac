package org.dcrconsole.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Demo mode on an empty database of its own: the start fills it with the network of SPEC.md
 * and the six demo users, once.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:demonetwork;DB_CLOSE_DELAY=-1",
        "dcr.demo.enabled=true"})
@ActiveProfiles("test")
class DemoNetworkTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    DemoDataRunner runner;

    @Test
    void the_demo_network_has_two_sites_with_their_booths() {
        List<Map<String, Object>> sites = jdbc.queryForList("""
                SELECT s.name, s.city,
                       (SELECT COUNT(*) FROM booth b WHERE b.site_id = s.id AND b.kind = 'INJECTION') AS injection,
                       (SELECT COUNT(*) FROM booth b WHERE b.site_id = s.id AND b.kind = 'INHALATION') AS inhalation,
                       (SELECT MIN(opens) FROM site_opening_hours h WHERE h.site_id = s.id) AS opens,
                       (SELECT COUNT(*) FROM site_opening_hours h WHERE h.site_id = s.id) AS open_days
                FROM site s ORDER BY s.name""");
        assertThat(sites).hasSize(2);
        assertThat(sites.get(0)).containsEntry("NAME", "Central").containsEntry("INJECTION", 12L)
                .containsEntry("INHALATION", 16L).containsEntry("OPEN_DAYS", 7L);
        assertThat(sites.get(0).get("OPENS").toString()).startsWith("11:00");
        assertThat(sites.get(1)).containsEntry("NAME", "Riverside").containsEntry("INJECTION", 8L)
                .containsEntry("INHALATION", 4L);
        assertThat(sites.get(1).get("OPENS").toString()).startsWith("09:00");
    }

    @Test
    void each_demo_user_has_one_role_every_site_and_the_user_name_as_password() {
        Map<String, String> expectedRoles = Map.of("admin", "ADMIN", "manager", "MANAGER", "stock", "STOCK_KEEPER",
                "supervisor", "SUPERVISOR", "staff", "STAFF", "display", "DISPLAY");
        List<Map<String, Object>> users = jdbc.queryForList("""
                SELECT u.username, u.password_hash, r.role,
                       (SELECT COUNT(*) FROM app_user_site us WHERE us.user_id = u.id) AS sites
                FROM app_user u JOIN app_user_role r ON r.user_id = u.id ORDER BY u.username""");
        assertThat(users).extracting(u -> u.get("USERNAME")).containsExactlyInAnyOrderElementsOf(expectedRoles.keySet());
        for (Map<String, Object> u : users) {
            String name = (String) u.get("USERNAME");
            assertThat(u.get("ROLE")).as(name).isEqualTo(expectedRoles.get(name));
            assertThat(u.get("SITES")).as(name).isEqualTo(2L);
            assertThat(passwordEncoder.matches(name, (String) u.get("PASSWORD_HASH"))).as(name).isTrue();
        }
    }

    @Test
    void a_second_start_adds_nothing() throws Exception {
        runner.run(null);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM site", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class)).isEqualTo(6);
    }
}
