package org.dcrconsole.security;

/** The roles of SPEC.md; Spring authorities carry them as {@code ROLE_<name>}. */
public enum Role {
    STAFF, SUPERVISOR, STOCK_KEEPER, MANAGER, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
