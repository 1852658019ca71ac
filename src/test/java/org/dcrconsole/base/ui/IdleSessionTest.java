package org.dcrconsole.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinService;
import java.time.Duration;
import org.dcrconsole.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Idle sessions end after 30 minutes: the servlet session times out, and Vaadin's heartbeat
 * (which an open tab sends on its own) does not count as activity.
 */
class IdleSessionTest extends KaribuTest {

    @Autowired
    Environment environment;

    @Test
    void an_open_tab_alone_does_not_keep_a_session_alive_beyond_thirty_minutes() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        DeploymentConfiguration vaadin = VaadinService.getCurrent().getDeploymentConfiguration();
        assertThat(vaadin.isCloseIdleSessions()).isTrue();
        assertThat(Duration.ofSeconds(vaadin.getHeartbeatInterval())).isLessThan(Duration.ofMinutes(30));
    }
}
