package org.dcrconsole.roster;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A shift as the rules and the planner see it: saved ones carry id and version, a shift being
 * edited or proposed has a null id.
 */
public record PlannedShift(@Nullable Long id, long version, long staffMemberId, long siteId, Instant start,
                           Instant end, ShiftPosition position, ShiftStatus status) implements Serializable {

    public PlannedShift {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A shift ends after it starts");
        }
    }

    /** A new draft shift, not yet saved. */
    public static PlannedShift draft(long staffMemberId, long siteId, Instant start, Instant end,
                                     ShiftPosition position) {
        return new PlannedShift(null, 0, staffMemberId, siteId, start, end, position, ShiftStatus.DRAFT);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && end.isAfter(from);
    }

    public boolean isSameShift(PlannedShift other) {
        return id != null && id.equals(other.id);
    }

    public boolean isPublished() {
        return status == ShiftStatus.PUBLISHED;
    }
}
