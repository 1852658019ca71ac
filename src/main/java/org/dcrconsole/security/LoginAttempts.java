package org.dcrconsole.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows failed sign-ins down instead of locking accounts: a lock let any stranger who knew a
 * user name keep that person out. After {@value #FREE_FAILURES} failures in a row (none more than
 * 15 minutes after the one before) each further failure doubles the wait before the next attempt
 * is checked, up to 60 seconds; this
 * holds per account (in the database, so every instance sees it) and per source address (in
 * memory of the instance that served the attempt). An attempt during the wait is refused with
 * the same message as a wrong password, without checking the password and without lengthening
 * the wait, so no run of wrong passwords keeps the real user out longer than 60 seconds after
 * the last one that was checked.
 */
@Component
class LoginAttempts {

    static final int FREE_FAILURES = 3;
    static final Duration MAX_DELAY = Duration.ofSeconds(60);
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Addresses tracked at once; beyond it the oldest runs are dropped rather than memory grown. */
    static final int MAX_ADDRESSES = 10_000;

    /** Failures in a row, each within {@link #WINDOW} of the one before, and the last one's wait. */
    private record Run(int failures, Instant last, Instant notBefore) {
    }

    private final AppUserRepository users;
    private final SignInThrottleRepository events;
    private final Clock clock;
    private final Map<String, Run> addresses = new ConcurrentHashMap<>();

    LoginAttempts(AppUserRepository users, SignInThrottleRepository events, Clock clock) {
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** The wait after this many failures in a row: none for the first few, then 2, 4, ... 60 s. */
    static Duration delayAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(failures - FREE_FAILURES, 6);
        return Duration.ofSeconds(Math.min(seconds, MAX_DELAY.toSeconds()));
    }

    /** Whether an attempt for this account from this address must wait (is refused unchecked). */
    @Transactional(readOnly = true)
    public boolean mustWait(String username, @Nullable String address) {
        Instant now = clock.instant();
        if (address != null) {
            Run run = addresses.get(address);
            if (run != null && run.notBefore().isAfter(now)) {
                return true;
            }
        }
        return users.findByUsername(username)
                .map(u -> u.getLockedUntil() != null && u.getLockedUntil().isAfter(now))
                .orElse(false);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getException() instanceof ThrottledException) {
            return;
        }
        Instant now = clock.instant();
        String address = address(event.getAuthentication());
        if (address != null) {
            Run run = addresses.compute(address, (key, old) -> next(old, now));
            recordIfSlowed(ThrottleRow.Kind.ADDRESS, address, run.failures(), now);
            pruneAddresses(now);
        }
        users.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
            // first_failure_at holds the last failure of the run: a run lasts while failures keep coming
            Instant last = user.getFirstFailureAt();
            Run run = next(last == null ? null : new Run(user.getFailedLogins(), last, now), now);
            user.setFirstFailureAt(run.last());
            user.setFailedLogins(run.failures());
            user.setLockedUntil(run.notBefore().isAfter(now) ? run.notBefore() : null);
            recordIfSlowed(ThrottleRow.Kind.ACCOUNT, user.getUsername(), run.failures(), now);
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        String address = address(event.getAuthentication());
        if (address != null) {
            addresses.remove(address);
        }
        users.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
            if (user.getFailedLogins() != 0 || user.getLockedUntil() != null) {
                user.setFailedLogins(0);
                user.setFirstFailureAt(null);
                user.setLockedUntil(null);
            }
        });
    }

    /** The latest throttling events, newest first, for the administrator. */
    @Transactional(readOnly = true)
    public Slice<ThrottleRow> events(Pageable pageable) {
        return events.findAllBy(pageable).map(SignInThrottle::toRow);
    }

    private static Run next(@Nullable Run old, Instant now) {
        // measured from the last failure, so a steady attacker never gets the free attempts back
        int failures = old == null || old.last().plus(WINDOW).isBefore(now) ? 1 : old.failures() + 1;
        return new Run(failures, now, now.plus(delayAfter(failures)));
    }

    private void recordIfSlowed(ThrottleRow.Kind kind, String subject, int failures, Instant now) {
        Duration delay = delayAfter(failures);
        if (!delay.isZero()) {
            events.save(new SignInThrottle(now, kind, subject, failures, (int) delay.toSeconds()));
        }
    }

    private void pruneAddresses(Instant now) {
        if (addresses.size() > MAX_ADDRESSES) {
            addresses.entrySet().removeIf(e -> e.getValue().last().plus(WINDOW).isBefore(now));
            if (addresses.size() > MAX_ADDRESSES) {
                addresses.clear();
            }
        }
    }

    static @Nullable String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
