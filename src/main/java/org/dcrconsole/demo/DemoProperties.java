package org.dcrconsole.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo mode: whether to fill an empty database with the demo network, the seed that makes it
 * repeatable, how many days of history, and a volume factor on the daily episode counts
 * (benchmarks ask for a year and more).
 */
@ConfigurationProperties("dcr.demo")
public record DemoProperties(boolean enabled, long seed, int days, double volume) {

    public DemoProperties {
        if (days < 0) {
            throw new IllegalArgumentException("dcr.demo.days must not be negative");
        }
        if (volume < 0) {
            throw new IllegalArgumentException("dcr.demo.volume must not be negative");
        }
    }
}
