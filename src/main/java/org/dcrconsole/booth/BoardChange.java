package org.dcrconsole.booth;

import org.jspecify.annotations.Nullable;

/**
 * Something changed on a site's board. Published inside the transaction that made the change;
 * {@link BoardBroadcaster} hands it to the open screens only after that transaction commits, on
 * this instance and (on PostgreSQL) on every other. It carries ids only: it crosses instances
 * through the database's notifications.
 */
public record BoardChange(long siteId, Kind kind, @Nullable Long boothId) {

    public enum Kind {
        CHECKED_IN, CHECKED_OUT, CLEANED, QUEUE_CHANGED, REFUSED,
        /** The handover log changed (an entry written or marked done); boothId is null. */
        HANDOVER,
        /** A visit was corrected, voided, moved or checked out by a correction (or a booth's service changed). */
        CORRECTED,
        /** A drug-checking alert of the site (or the network) was raised or ended. */
        ALERT,
        /** Changes from other instances may have been missed (lost connection): refresh in full. */
        RESYNC
    }
}
