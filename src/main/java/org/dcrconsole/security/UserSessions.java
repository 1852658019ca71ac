package org.dcrconsole.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends every open session of a user whose roles, sites, active flag or password changed, so no
 * screen keeps rights the user no longer has. Spring Security's session registry marks the
 * sessions expired (the next request of each is signed out and sent to the sign-in page); the
 * servlet sessions this instance holds are invalidated at once, which also closes their Vaadin
 * UIs and push connections.
 */
@Component
class UserSessions implements HttpSessionListener, HttpSessionIdListener {

    private final SessionRegistry registry;
    private final Map<String, HttpSession> live = new ConcurrentHashMap<>();

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends the user's sessions once the current transaction commits (at once without one). */
    void endAllOf(long userId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end(userId);
                }
            });
        } else {
            end(userId);
        }
    }

    private void end(long userId) {
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof SignedInUser user && user.userId() == userId) {
                for (SessionInformation info : registry.getAllSessions(principal, false)) {
                    info.expireNow();
                    HttpSession session = live.get(info.getSessionId());
                    if (session != null) {
                        invalidate(session);
                    }
                }
            }
        }
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended in between by a sign-out or a timeout: nothing left to end
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        live.remove(oldSessionId);
        live.put(event.getSession().getId(), event.getSession());
    }
}
