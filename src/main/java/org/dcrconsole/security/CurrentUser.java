package org.dcrconsole.security;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as the services see it, and the site check every site-scoped service
 * runs before it reads or writes a row: a user never reaches another site's data, whatever id
 * a URL or a request carries.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SignedInUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** The sites the signed-in user holds; empty when nobody is signed in. */
    public static Set<Long> siteIds() {
        return get().map(SignedInUser::siteIds).orElse(Set.of());
    }

    public static boolean holdsSite(long siteId) {
        return siteIds().contains(siteId);
    }

    /**
     * Refuses access to a site the signed-in user does not hold.
     *
     * @throws AccessDeniedException when the user does not hold the site or nobody is signed in
     */
    public static void requireSite(long siteId) {
        if (!holdsSite(siteId)) {
            throw new AccessDeniedException("No access to site " + siteId);
        }
    }

    public static boolean hasRole(Role role) {
        return get().map(u -> u.hasRole(role)).orElse(false);
    }

    /**
     * After the signed-in user chose their own password: the session's principal no longer
     * carries the duty to change it.
     */
    public static void passwordChanged() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            SignedInUser changed = user.withPasswordChanged();
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
        }
    }

    public static String username() {
        return get().map(SignedInUser::getUsername).orElse("system");
    }
}
