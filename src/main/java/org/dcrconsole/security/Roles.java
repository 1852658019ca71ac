package org.dcrconsole.security;

/**
 * Role names as compile-time constants for {@code @RolesAllowed} and {@code @PreAuthorize}.
 * Every view and service names its roles explicitly instead of relying on a hierarchy, so the
 * route table of SPEC.md can be read straight off the annotations.
 */
public final class Roles {
    public static final String STAFF = "STAFF";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String STOCK_KEEPER = "STOCK_KEEPER";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";
    public static final String DISPLAY = "DISPLAY";

    /** SpEL for services used by the floor: staff, supervisors, managers. */
    public static final String FLOOR = "hasAnyRole('STAFF','SUPERVISOR','MANAGER')";
    /** SpEL for reading a site's live board: the floor and the wall display. */
    public static final String BOARD = "hasAnyRole('STAFF','SUPERVISOR','MANAGER','DISPLAY')";
    /** SpEL for every role but ADMIN (client, visit and incident data). */
    public static final String CLIENT_DATA = "hasAnyRole('STAFF','SUPERVISOR','STOCK_KEEPER','MANAGER')";
    /** SpEL for anyone signed in. */
    public static final String ANY = "isAuthenticated()";

    private Roles() {
    }
}
