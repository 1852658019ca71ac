package org.dcrconsole.incident;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What one tap (or a later correction) records about a response step. */
public record StepInput(ResponseStepKind kind, Instant at, @Nullable BigDecimal naloxoneDoseMg,
                        @Nullable NaloxoneRoute naloxoneRoute, @Nullable Integer respiratoryRate,
                        @Nullable Integer spo2, @Nullable Integer gcs, @Nullable Outcome outcome,
                        @Nullable String note) {

    public static StepInput of(ResponseStepKind kind, Instant at) {
        return new StepInput(kind, at, null, null, null, null, null, null, null);
    }

    public static StepInput naloxone(Instant at, BigDecimal doseMg, NaloxoneRoute route) {
        return new StepInput(ResponseStepKind.NALOXONE, at, doseMg, route, null, null, null, null, null);
    }

    public static StepInput vitals(Instant at, @Nullable Integer respiratoryRate, @Nullable Integer spo2,
                                   @Nullable Integer gcs) {
        return new StepInput(ResponseStepKind.VITALS, at, null, null, respiratoryRate, spo2, gcs, null, null);
    }

    public static StepInput outcome(Instant at, Outcome outcome) {
        return new StepInput(ResponseStepKind.OUTCOME, at, null, null, null, null, null, outcome, null);
    }

    public StepInput withVitals(@Nullable Integer rr, @Nullable Integer sp, @Nullable Integer g) {
        return new StepInput(kind, at, naloxoneDoseMg, naloxoneRoute, rr, sp, g, outcome, note);
    }

    public StepInput withAt(Instant newAt) {
        return new StepInput(kind, newAt, naloxoneDoseMg, naloxoneRoute, respiratoryRate, spo2, gcs, outcome, note);
    }
}
