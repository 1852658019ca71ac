package org.dcrconsole.handover;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry as the board, the dashboard and the log show it. */
public record HandoverRow(long id, String body, boolean openItem, @Nullable Long boothId, @Nullable String boothLabel,
                          @Nullable String clientAlias, @Nullable Long incidentId, Instant writtenAt, String writtenBy,
                          @Nullable Instant doneAt, @Nullable String doneBy) {

    /** An open item nobody has marked done yet: pinned. */
    public boolean pinned() {
        return openItem && doneAt == null;
    }

    static HandoverRow of(HandoverEntry e) {
        return new HandoverRow(e.getId(), e.getBody(), e.isOpenItem(), e.getBoothId(), e.getBoothLabel(),
                e.getClientAlias(), e.getIncidentId(), e.getWrittenAt(), e.getWrittenBy(), e.getDoneAt(), e.getDoneBy());
    }
}
