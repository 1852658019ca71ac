package org.dcrconsole.security;

/** Who a user is, for pickers and history lines: id, user name, display name. */
public record UserRef(long id, String username, String displayName) {
}
