package org.dcrconsole.booth;

/** How a check-in ended: in a booth, refused at the door (recorded), or waiting in the queue. */
public sealed interface CheckInResult {

    record Admitted(VisitRef visit) implements CheckInResult {
    }

    record Refused(RefusalReason reason, String alias) implements CheckInResult {
    }

    record Queued(long entryId, String alias, int position) implements CheckInResult {
    }
}
