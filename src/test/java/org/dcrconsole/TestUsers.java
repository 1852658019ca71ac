package org.dcrconsole;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a made-up user in on the current thread, for service and UI tests. */
public final class TestUsers {

    private TestUsers() {
    }

    public static SignedInUser user(String username, Collection<Long> siteIds, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles));
        return new SignedInUser(Math.abs((long) username.hashCode()) + 1_000_000L, username, username, null, set,
                Set.copyOf(siteIds), true, null);
    }

    public static SignedInUser signIn(String username, Collection<Long> siteIds, Role... roles) {
        SignedInUser user = user(username, siteIds, roles);
        signIn(user);
        return user;
    }

    public static void signIn(SignedInUser user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Runs the work as the given user and restores the previous sign-in afterwards. */
    public static <T> T as(SignedInUser user, Callable<T> work) throws Exception {
        SecurityContext previous = SecurityContextHolder.getContext();
        signIn(user);
        try {
            return work.call();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
