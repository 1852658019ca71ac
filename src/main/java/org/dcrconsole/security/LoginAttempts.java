package org.dcrconsole.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for 15 minutes after 5 failed sign-ins within 15 minutes, which stops
 * password guessing without locking anyone out for long.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final AppUserRepository users;
    private final Clock clock;

    LoginAttempts(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
            Instant now = clock.instant();
            Instant first = user.getFirstFailureAt();
            if (first == null || first.plus(WINDOW).isBefore(now)) {
                user.setFirstFailureAt(now);
                user.setFailedLogins(1);
            } else {
                user.setFailedLogins(user.getFailedLogins() + 1);
            }
            if (user.getFailedLogins() >= MAX_FAILURES) {
                user.setLockedUntil(now.plus(LOCK));
                user.setFailedLogins(0);
                user.setFirstFailureAt(null);
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(user -> {
            if (user.getFailedLogins() != 0 || user.getLockedUntil() != null) {
                user.setFailedLogins(0);
                user.setFirstFailureAt(null);
                user.setLockedUntil(null);
            }
        });
    }
}
