package org.dcrconsole.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.dcrconsole.DcrSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * While the demo generator runs the console is not ready (the readiness probe says DOWN, so a
 * proxy and the browser suite wait), and it is ready again once every step is done.
 */
@DcrSpringBootTest
class DemoReadinessTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ApplicationAvailability availability;
    @Autowired
    HealthEndpoint health;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readiness_is_down_while_the_demo_is_generated_and_up_afterwards() {
        List<ReadinessState> seenByStep = new ArrayList<>();
        List<Status> probeByStep = new ArrayList<>();
        DemoStep probe = new DemoStep() {
            @Override
            public int order() {
                return 0;
            }

            @Override
            public void run(DemoContext context) {
                seenByStep.add(availability.getReadinessState());
                probeByStep.add(health.healthForPath("readiness").getStatus());
            }
        };
        DemoDataRunner runner = new DemoDataRunner(List.of(probe), new DemoProperties(true, 1, 0, 0), clock, jdbc,
                events, availability);
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);

        runner.generate();

        assertThat(seenByStep).containsExactly(ReadinessState.REFUSING_TRAFFIC);
        assertThat(probeByStep).containsExactly(Status.OUT_OF_SERVICE);
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.UP);
    }
}
