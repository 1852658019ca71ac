package org.dcrconsole.demo;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs demo work as "system": every role, the given sites, through the same secured services. */
final class SystemUser {

    private SystemUser() {
    }

    static void runAs(Collection<Long> siteIds, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SignedInUser system = new SignedInUser(0, "system", "System", null, EnumSet.allOf(Role.class),
                Set.copyOf(siteIds), true, null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
