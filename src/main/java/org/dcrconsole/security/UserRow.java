package org.dcrconsole.security;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One line of the user list: what an administrator needs to see, without the password hash. */
public record UserRow(long id, String username, String displayName, Set<Role> roles, Set<Long> siteIds,
                      boolean active, @Nullable Instant lockedUntil) {

    public static final String SORT_USERNAME = "username";
    public static final String SORT_DISPLAY_NAME = "displayName";
}
