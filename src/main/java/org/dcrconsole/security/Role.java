package org.dcrconsole.security;

/** The roles of SPEC.md; Spring authorities carry them as {@code ROLE_<name>}. */
public enum Role {
    STAFF, SUPERVISOR, STOCK_KEEPER, MANAGER, ADMIN,
    /** A screen on the wall of the floor: the live board of its sites, read-only; never combined. */
    DISPLAY;

    public String authority() {
        return "ROLE_" + name();
    }
}
