package org.dcrconsole;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The console's clock in the shared test context: the real time, or stopped ({@link #freeze}) and
 * moved forward by what a test asks for ({@link #advance}), so a test waits minutes without
 * sleeping. A test that stops or moves it calls {@link #reset} afterwards, so every other test
 * sees the real time.
 */
public final class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private volatile @Nullable Instant frozen;

    /** Stops the clock at the current instant: only {@link #advance} moves it then. */
    public void freeze() {
        // whole milliseconds: the database keeps microseconds and may round a finer instant up
        frozen = instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public void advance(Duration by) {
        Instant at = frozen;
        if (at != null) {
            frozen = at.plus(by);
        } else {
            offset = offset.plus(by);
        }
    }

    /** Back to the real time. */
    public void reset() {
        frozen = null;
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        Instant at = frozen;
        return at != null ? at : Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant at = frozen;
        return at != null ? Clock.fixed(at, zone) : Clock.offset(Clock.system(zone), offset);
    }

    /** Puts the test clock in place of the console's system clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
