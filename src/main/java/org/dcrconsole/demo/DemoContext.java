package org.dcrconsole.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * What the demo steps share: the settings, one seeded random source per step (so a step's data
 * does not change when another step draws more numbers), today's date, and the ids of the demo
 * sites by name.
 */
public final class DemoContext {

    public static final String CENTRAL = "Central";
    public static final String RIVERSIDE = "Riverside";

    private final DemoProperties properties;
    private final Clock clock;
    private final Map<String, Long> siteIds = new LinkedHashMap<>();
    private final Map<String, Long> userIds = new LinkedHashMap<>();

    DemoContext(DemoProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public DemoProperties properties() {
        return properties;
    }

    public Clock clock() {
        return clock;
    }

    public int days() {
        return properties.days();
    }

    public double volume() {
        return properties.volume();
    }

    /** A random source seeded from the demo seed and the step's name. */
    public Random random(String stepName) {
        return new Random(properties.seed() ^ stepName.hashCode());
    }

    public SplittableRandom splittable(String stepName) {
        return new SplittableRandom(properties.seed() ^ stepName.hashCode());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Map<String, Long> siteIds() {
        return siteIds;
    }

    public long siteId(String name) {
        Long id = siteIds.get(name);
        if (id == null) {
            throw new IllegalStateException("No demo site " + name);
        }
        return id;
    }

    /** Demo user ids by user name (admin, manager, stock, supervisor, staff, display). */
    public Map<String, Long> userIds() {
        return userIds;
    }
}
