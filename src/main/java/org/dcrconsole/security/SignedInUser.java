package org.dcrconsole.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the security context: who is signed in, their roles and the sites
 * they hold. Immutable; the password hash is erased after authentication.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final String displayName;
    private @Nullable String passwordHash;
    private final Set<Role> roles;
    private final Set<Long> siteIds;
    private final boolean active;
    private final @Nullable Instant lockedUntil;
    private final boolean mustChangePassword;

    public SignedInUser(long userId, String username, String displayName, @Nullable String passwordHash,
                        Set<Role> roles, Set<Long> siteIds, boolean active, @Nullable Instant lockedUntil) {
        this(userId, username, displayName, passwordHash, roles, siteIds, active, lockedUntil, false);
    }

    /**
     * @param lockedUntil until when failed sign-ins slow this account down (shown, not a lock)
     * @param mustChangePassword an administrator set the password: the user must choose their own
     *                           before anything else
     */
    public SignedInUser(long userId, String username, String displayName, @Nullable String passwordHash,
                        Set<Role> roles, Set<Long> siteIds, boolean active, @Nullable Instant lockedUntil,
                        boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = Set.copyOf(roles);
        this.siteIds = Set.copyOf(siteIds);
        this.active = active;
        this.lockedUntil = lockedUntil;
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public Set<Long> siteIds() {
        return siteIds;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public @Nullable Instant throttledUntil() {
        return lockedUntil;
    }

    /** The same person after choosing their own password. */
    SignedInUser withPasswordChanged() {
        return new SignedInUser(userId, username, displayName, null, roles, siteIds, active, lockedUntil, false);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        // failed sign-ins slow an account down (LoginAttempts) but never lock its owner out
        return true;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedInUser other && other.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "SignedInUser{" + username + "}";
    }
}
