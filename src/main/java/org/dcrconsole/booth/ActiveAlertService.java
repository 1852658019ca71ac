package org.dcrconsole.booth;

import java.util.List;

/**
 * The active drug-checking alerts of a site, for the board's banner and the check-in warning.
 * The drug-checking feature implements it: it depends on the booth feature (clients, the board's
 * push path), so the booth feature reads its alerts through this door instead of depending back.
 */
public interface ActiveAlertService {

    /** The alerts that hold now for the site (its own and the network's), most serious first. */
    List<ActiveAlert> active(long siteId);
}
