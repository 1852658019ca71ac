package org.dcrconsole.security;

import java.time.Instant;

/** A throttling event for the administrator's list: an account or an address was slowed down. */
public record ThrottleRow(Instant occurredAt, Kind kind, String subject, int failures, int delaySeconds) {

    /** What was slowed down: a user account (by user name) or a source address. */
    public enum Kind { ACCOUNT, ADDRESS }
}
