package org.dcrconsole.booth;

import java.time.Duration;
import java.time.Instant;

/** The colour of a running visit: normal, warning from 5 minutes before the limit, alarm past it. */
public enum TimerState {
    NORMAL, WARNING, ALARM;

    public static final Duration WARNING_BEFORE_LIMIT = Duration.ofMinutes(5);

    public static TimerState of(Instant startedAt, Instant now, int limitMinutes) {
        Duration elapsed = Duration.between(startedAt, now);
        Duration limit = Duration.ofMinutes(limitMinutes);
        if (elapsed.compareTo(limit) > 0) {
            return ALARM;
        }
        return elapsed.compareTo(limit.minus(WARNING_BEFORE_LIMIT)) >= 0 ? WARNING : NORMAL;
    }
}
