package org.dcrconsole.security;

/** The throttle's limits for tests outside the security package. */
public final class LoginAttemptsAccess {

    public static final int FREE_FAILURES = LoginAttempts.FREE_FAILURES;

    private LoginAttemptsAccess() {
    }
}
