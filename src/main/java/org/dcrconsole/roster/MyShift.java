package org.dcrconsole.roster;

import java.io.Serializable;
import java.time.ZoneId;

/** One published shift of the signed-in person, with the site's name and zone to show it in. */
public record MyShift(PlannedShift shift, String siteName, String city, ZoneId zone) implements Serializable {
}
