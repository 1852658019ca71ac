package org.dcrconsole.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dcrconsole.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/**
 * Demo data and demo users only where asked: on the embedded H2, or on a server database with
 * {@code dcr.demo.allow-server-database=true}; never with the prod profile.
 */
class DemoModeGuardTest {

    private static MockEnvironment demoOn(String url) {
        return new MockEnvironment().withProperty("dcr.demo.enabled", "true").withProperty("spring.datasource.url", url);
    }

    @Test
    void demo_mode_runs_on_the_embedded_h2() {
        DemoModeGuard.check(demoOn("jdbc:h2:file:./data/dcr;DB_CLOSE_ON_EXIT=FALSE"));
        DemoModeGuard.check(demoOn("jdbc:h2:mem:x"));
    }

    @Test
    void demo_mode_on_a_server_database_is_refused_with_the_fix_named() {
        assertThatThrownBy(() -> DemoModeGuard.check(demoOn("jdbc:postgresql://db:5432/dcr?password=secret")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dcr.demo.allow-server-database=true")
                .hasMessageContaining("SPRING_PROFILES_ACTIVE=prod")
                .hasMessageContaining("jdbc:postgresql:")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> DemoModeGuard.check(demoOn("jdbc:h2:tcp://db/dcr")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_rehearsal_on_a_server_database_says_so_explicitly() {
        DemoModeGuard.check(demoOn("jdbc:postgresql://db:5432/dcr")
                .withProperty("dcr.demo.allow-server-database", "true"));
    }

    @Test
    void without_demo_mode_any_database_is_fine() {
        DemoModeGuard.check(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/dcr"));
    }

    @Test
    void the_prod_profile_refuses_demo_mode_even_when_allowed() {
        MockEnvironment env = demoOn("jdbc:postgresql://db:5432/dcr").withProperty("dcr.demo.allow-server-database",
                "true");
        env.setActiveProfiles("prod");
        assertThatThrownBy(() -> DemoModeGuard.check(env)).hasMessageContaining("prod profile never runs demo mode");
    }

    @Test
    void a_start_without_profile_against_postgresql_stops_before_touching_it() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=jdbc:postgresql://localhost:1/none", "--server.port=0").close())
                .hasStackTraceContaining("dcr.demo.allow-server-database=true");
    }

    @Test
    void a_start_with_the_prod_profile_and_demo_mode_stops() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).profiles("prod").run(
                "--spring.datasource.url=jdbc:h2:mem:prodDemo;DB_CLOSE_DELAY=-1", "--spring.datasource.username=sa",
                "--server.port=0", "--dcr.demo.enabled=true",
                "--dcr.client-code-secret=prod-demo-test-secret-of-at-least-32-chars").close())
                .hasStackTraceContaining("prod profile never runs demo mode");
        assertThat(DemoModeGuard.isEmbeddedH2("jdbc:h2:mem:prodDemo")).isTrue();
    }
}
