package org.dcrconsole.booth;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.OutOfService;
import org.jspecify.annotations.Nullable;

/** A snapshot of a site's board: every booth as a tile, the queue, and the counts. */
public record Board(List<Tile> tiles, List<Waiting> queue, BoardSummary summary, Instant takenAt) {

    /**
     * One booth. {@code visit} is set when occupied; {@code cleaningUntil} when cleaning;
     * {@code limitMinutes} is the site's time limit for the booth's kind; {@code outOfService} says
     * why, since when and by whom a booth is out of service (set for out-of-service booths only).
     */
    public record Tile(BoothInfo booth, BoothState state, @Nullable OpenVisit visit, @Nullable Instant cleaningUntil,
                       int limitMinutes, @Nullable OutOfService outOfService) {

        public Tile(BoothInfo booth, BoothState state, @Nullable OpenVisit visit, @Nullable Instant cleaningUntil,
                    int limitMinutes) {
            this(booth, state, visit, cleaningUntil, limitMinutes, null);
        }

        public @Nullable TimerState timer(Instant now) {
            return visit == null ? null : TimerState.of(visit.startedAt(), now, limitMinutes);
        }
    }

    public record OpenVisit(long visitId, long clientId, String alias, Set<Substance> substances,
                            ConsumptionRoute route, Instant startedAt) {
    }

    /** A waiting client, first come first served. */
    public record Waiting(long entryId, String alias, ConsumptionRoute route, Set<Substance> substances,
                          Instant joinedAt) {
    }
}
