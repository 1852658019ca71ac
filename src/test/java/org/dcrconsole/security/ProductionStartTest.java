package org.dcrconsole.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The prod profile on an empty database: no demo data and no demo users; the only account is
 * the first administrator from configuration.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:prodstart;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "dcr.client-code-secret=prod-start-test-secret", "dcr.admin.username=chief",
        "dcr.admin.password=chief-password-1"})
@ActiveProfiles("prod")
class ProductionStartTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ApplicationContext context;

    @Test
    void production_creates_only_the_configured_first_admin() {
        List<Map<String, Object>> users = jdbc.queryForList(
                "SELECT u.username, u.password_hash, r.role FROM app_user u JOIN app_user_role r ON r.user_id = u.id");
        assertThat(users).singleElement().satisfies(u -> {
            assertThat(u.get("USERNAME")).isEqualTo("chief");
            assertThat(u.get("ROLE")).isEqualTo("ADMIN");
            assertThat(passwordEncoder.matches("chief-password-1", (String) u.get("PASSWORD_HASH"))).isTrue();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM site", Integer.class)).isZero();
        assertThat(context.containsBean("demoDataRunner")).as("demo generator off").isFalse();
    }
}
