package org.dcrconsole.naloxone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A client's take-home naloxone: trainings, kits handed out (refills marked), reversals reported. */
public record NaloxoneRecord(List<Training> trainings, List<Kit> kits, List<Reversal> reversals) {

    public record Training(long id, LocalDate trainedOn, String trainer) {
    }

    public record Kit(long id, Instant handedOutAt, String handedOutBy, String itemName, @Nullable String lotNumber,
                      @Nullable LocalDate expiryDate, boolean refill) {
    }

    public record Reversal(long id, LocalDate usedOn, ReversalOutcome outcome, Instant reportedAt, String reportedBy) {
    }

    public boolean trained() {
        return !trainings.isEmpty();
    }
}
