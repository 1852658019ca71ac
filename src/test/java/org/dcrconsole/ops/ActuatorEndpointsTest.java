package org.dcrconsole.ops;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.security.AppUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.UserService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The actuator through the console's real security filter chains: probes open to anyone,
 * metrics only for ADMIN (HTTP Basic, as a Prometheus scraper signs in).
 */
@DcrSpringBootTest
class ActuatorEndpointsTest {

    private static final String PASSWORD = "ops-actuator-pw-1";

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserService users;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anyone_reads_liveness_and_readiness() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void anonymous_gets_no_details_of_the_health_checks() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void readiness_includes_the_database_and_liveness_does_not() throws Exception {
        AppUser admin = OpsFixtures.newUser(users, "ops-adm", PASSWORD, Role.ADMIN);
        mvc.perform(get("/actuator/health/readiness").with(httpBasic(admin.getUsername(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.readinessState.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness").with(httpBasic(admin.getUsername(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db").doesNotExist());
    }

    @Test
    void anonymous_is_refused_prometheus_and_metrics() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Basic")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("jvm_memory"))));
        mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator")).andExpect(status().isUnauthorized());
    }

    @Test
    void a_manager_is_refused_prometheus() throws Exception {
        AppUser manager = OpsFixtures.newUser(users, "ops-mgr", PASSWORD, Role.MANAGER);
        mvc.perform(get("/actuator/prometheus").with(httpBasic(manager.getUsername(), PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_wrong_password_is_refused_prometheus() throws Exception {
        AppUser admin = OpsFixtures.newUser(users, "ops-adm", PASSWORD, Role.ADMIN);
        mvc.perform(get("/actuator/prometheus").with(httpBasic(admin.getUsername(), PASSWORD + "x")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void admin_reads_prometheus_metrics() throws Exception {
        AppUser admin = OpsFixtures.newUser(users, "ops-adm", PASSWORD, Role.ADMIN);
        mvc.perform(get("/actuator/prometheus").with(httpBasic(admin.getUsername(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/plain"))
                .andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(Matchers.containsString("hikaricp_connections")));
        mvc.perform(get("/actuator/metrics").with(httpBasic(admin.getUsername(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.names", Matchers.hasItem("jvm.memory.used")));
    }

    @Test
    void the_actuator_never_opens_a_session() throws Exception {
        AppUser admin = OpsFixtures.newUser(users, "ops-adm", PASSWORD, Role.ADMIN);
        mvc.perform(get("/actuator/prometheus").with(httpBasic(admin.getUsername(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getRequest().getSession(false))
                        .isNull());
    }
}
