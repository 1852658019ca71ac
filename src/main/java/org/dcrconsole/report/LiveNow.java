package org.dcrconsole.report;

import org.jspecify.annotations.Nullable;

/**
 * The live panel: what needs attention right now. A value is null when the signed-in user's
 * roles do not cover it, so the panel leaves it out.
 *
 * @param staffOnDuty        people on duty now by the published roster (sites added up)
 * @param staffRequired      head count the staffing rules ask for now
 * @param staffingShort      whether any site is short of staff or of a medically qualified person now
 * @param understaffedHours  opening hours in the next 7 days that break a staffing rule
 */
public record LiveNow(@Nullable Long boothsOccupied, @Nullable Long boothsFree, @Nullable Long boothsCleaning,
                      @Nullable Long queue, @Nullable Long staffOnDuty, @Nullable Long staffRequired,
                      boolean staffingShort, @Nullable Long understaffedHours, @Nullable Long outOfStock,
                      @Nullable Long atOrUnderReorder, @Nullable Long naloxoneLotsExpiring,
                      @Nullable Long overdueReviews) {
}
