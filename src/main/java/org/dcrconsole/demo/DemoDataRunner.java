package org.dcrconsole.demo;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database once with the demo network; does nothing when any site exists. While it
 * runs the console refuses traffic (readiness DOWN, and the sign-in page says the demo is being
 * prepared), so nobody signs in to a half-filled demo.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "dcr.demo.enabled", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final List<DemoStep> steps;
    private final DemoProperties properties;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final ApplicationAvailability availability;

    DemoDataRunner(List<DemoStep> steps, DemoProperties properties, Clock clock, JdbcTemplate jdbc,
            ApplicationEventPublisher events, ApplicationAvailability availability) {
        this.steps = steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
        this.properties = properties;
        this.clock = clock;
        this.jdbc = jdbc;
        this.events = events;
        this.availability = availability;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer sites = jdbc.queryForObject("SELECT COUNT(*) FROM site", Integer.class);
        if (sites != null && sites > 0) {
            log.info("Demo data present ({} sites); not generating", sites);
            return;
        }
        generate();
    }

    /**
     * Runs every step in order and returns what they created. Readiness is REFUSING_TRAFFIC
     * meanwhile and goes back to what it was afterwards: at startup that is still "refusing"
     * until Spring declares the application ready once every runner is done.
     */
    DemoContext generate() {
        ReadinessState before = availability.getReadinessState();
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        try {
            long start = System.nanoTime();
            DemoContext context = new DemoContext(properties, clock);
            for (DemoStep step : steps) {
                long t = System.nanoTime();
                List<Long> siteIds = List.copyOf(context.siteIds().values());
                SystemUser.runAs(siteIds, () -> step.run(context));
                log.info("Demo step {} took {} ms", step.getClass().getSimpleName(), (System.nanoTime() - t) / 1_000_000);
            }
            log.info("Demo network generated in {} ms ({} days, volume {})", (System.nanoTime() - start) / 1_000_000,
                    properties.days(), properties.volume());
            return context;
        } finally {
            AvailabilityChangeEvent.publish(events, this, before);
        }
    }
}
