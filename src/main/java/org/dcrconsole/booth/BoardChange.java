package org.dcrconsole.booth;

import org.jspecify.annotations.Nullable;

/**
 * Something changed on a site's board. Published inside the transaction that made the change;
 * {@link BoardBroadcaster} hands it to the open screens only after that transaction commits.
 */
public record BoardChange(long siteId, Kind kind, @Nullable Long boothId) {

    public enum Kind {
        CHECKED_IN, CHECKED_OUT, CLEANED, QUEUE_CHANGED, REFUSED,
        /** The handover log changed (an entry written or marked done); boothId is null. */
        HANDOVER,
        /** A visit was corrected, voided, moved or checked out by a correction (or a booth's service changed). */
        CORRECTED,
        /** A drug-checking alert of the site (or the network) was raised or ended. */
        ALERT
    }
}
