package org.dcrconsole.report;

import org.jspecify.annotations.Nullable;

/**
 * The live panel: what needs attention right now. A value is null when the signed-in user's
 * roles do not cover it, so the panel leaves it out.
 */
public record LiveNow(@Nullable Long boothsOccupied, @Nullable Long boothsFree, @Nullable Long queue,
                      @Nullable Long outOfStock, @Nullable Long atOrUnderReorder, @Nullable Long naloxoneLotsExpiring,
                      @Nullable Long overdueReviews) {
}
