package org.dcrconsole.booth;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.dcrconsole.base.cluster.ClusterSingleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the visit roll-up ahead of its readers: once the console is up (after the demo data, when
 * there is any) and then every hour, a background thread rolls up each site's settled days of the
 * last {@value #DAYS} days that are missing. Without it the first dashboard of a year after an
 * upgrade or a restore waits for the whole year (a year and the year before: 14 s on H2, 11 s on
 * PostgreSQL at a million visits a year); with it that reader finds the days done, and each day
 * is rolled up within an hour of settling.
 * {@code dcr.rollup.warm=false} turns it off (the tests and the benchmark fill on read). With
 * several instances on one database only one of them warms at a time ({@link ClusterSingleton}):
 * the others would only wait for the same site locks to roll up the same days.
 */
@Component
class VisitRollupWarmer {

    private static final Logger log = LoggerFactory.getLogger(VisitRollupWarmer.class);
    static final int DAYS = 400;
    static final String JOB = "visit-rollup-warmer";

    private final VisitRollup rollup;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ClusterSingleton singleton;
    private final boolean enabled;
    private ScheduledExecutorService executor;

    VisitRollupWarmer(VisitRollup rollup, JdbcTemplate jdbc, Clock clock, ClusterSingleton singleton,
                      @Value("${dcr.rollup.warm:true}") boolean enabled) {
        this.rollup = rollup;
        this.jdbc = jdbc;
        this.clock = clock;
        this.singleton = singleton;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("visit-rollup").factory());
        executor.scheduleWithFixedDelay(this::warmOncePerCluster, 0, 1, TimeUnit.HOURS);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** One round, unless another instance is warming right now (it does the same days). */
    void warmOncePerCluster() {
        if (!singleton.runExclusively(JOB, this::warm)) {
            log.info("Visit roll-up not warmed this round: another instance is at it (or the database is away)");
        }
    }

    void warm() {
        long start = System.nanoTime();
        try {
            for (Map<String, Object> site : jdbc.queryForList("SELECT id, time_zone FROM site ORDER BY id")) {
                warm(((Number) site.get("id")).longValue(), ZoneId.of((String) site.get("time_zone")));
            }
            log.info("Visit roll-up up to date in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // the next round (or the first reader) fills what is missing
            log.warn("Visit roll-up not brought up to date: {}", e.getMessage());
        }
    }

    /** Rolls up the site's missing settled days of the last {@value #DAYS} days. */
    void warm(long siteId, ZoneId zone) {
        LocalDate last = LocalDate.ofInstant(clock.instant().minus(VisitRollup.SETTLE), zone).minusDays(1);
        rollup.ensureRolledUp(siteId, zone, last.minusDays(DAYS - 1), last);
    }
}
