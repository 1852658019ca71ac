package org.dcrconsole.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The overdose protocol's prompts (Sydney MSIC): oxygen at once once an emergency is
 * recognised; naloxone when breathing is poor (respiratory rate &lt; 10, SpO2 &lt; 95 % or
 * GCS &lt; 13); and a rescue dose when breathing is still poor 10 minutes after the last dose.
 * Pure: it sees the steps and the time, nothing else, so the emergency screen and the tests
 * ask the same question.
 */
public final class ProtocolPrompts {

    public static final Duration RESCUE_DOSE_AFTER = Duration.ofMinutes(10);
    public static final int RR_MIN = 10;
    public static final int SPO2_MIN = 95;
    public static final int GCS_MIN = 13;

    /** What the screen asks the team to do now. */
    public enum Prompt {
        GIVE_OXYGEN, NALOXONE_INDICATED, RESCUE_DOSE_DUE
    }

    /** The facts of one step the protocol looks at. */
    public record StepFact(ResponseStepKind kind, Instant at, @Nullable Integer respiratoryRate,
                           @Nullable Integer spo2, @Nullable Integer gcs) {

        public static StepFact of(ResponseStep s) {
            return new StepFact(s.getKind(), s.getAt(), s.getRespiratoryRate(), s.getSpo2(), s.getGcs());
        }

        boolean hasVitals() {
            return respiratoryRate != null || spo2 != null || gcs != null;
        }

        boolean breathingPoor() {
            return (respiratoryRate != null && respiratoryRate < RR_MIN) || (spo2 != null && spo2 < SPO2_MIN)
                    || (gcs != null && gcs < GCS_MIN);
        }
    }

    private ProtocolPrompts() {
    }

    /** The prompts due at {@code now}; none before recognition or after an outcome. */
    public static List<Prompt> prompts(List<StepFact> steps, Instant now) {
        List<StepFact> sorted = steps.stream().sorted(Comparator.comparing(StepFact::at)).toList();
        if (recognisedAt(sorted).isEmpty() || has(sorted, ResponseStepKind.OUTCOME)) {
            return List.of();
        }
        List<Prompt> prompts = new ArrayList<>();
        if (!has(sorted, ResponseStepKind.OXYGEN) && !has(sorted, ResponseStepKind.BAG_VALVE_MASK)) {
            prompts.add(Prompt.GIVE_OXYGEN);
        }
        boolean poor = latestVitals(sorted).map(StepFact::breathingPoor).orElse(false);
        Optional<Instant> lastDose = lastDoseAt(sorted);
        if (lastDose.isEmpty()) {
            if (poor) {
                prompts.add(Prompt.NALOXONE_INDICATED);
            }
        } else if (poor && !now.isBefore(lastDose.get().plus(RESCUE_DOSE_AFTER))) {
            prompts.add(Prompt.RESCUE_DOSE_DUE);
        }
        return List.copyOf(prompts);
    }

    /** When a rescue dose becomes due (10 minutes after the last dose), if any dose was given. */
    public static Optional<Instant> rescueDoseDueAt(List<StepFact> steps) {
        return lastDoseAt(steps).map(t -> t.plus(RESCUE_DOSE_AFTER));
    }

    /** Time since the emergency was recognised (the first step when no "recognised" was tapped). */
    public static Optional<Duration> sinceRecognition(List<StepFact> steps, Instant now) {
        return recognisedAt(steps).map(t -> Duration.between(t, now).isNegative() ? Duration.ZERO : Duration.between(t, now));
    }

    private static Optional<Instant> recognisedAt(List<StepFact> steps) {
        Optional<Instant> recognised = steps.stream().filter(s -> s.kind() == ResponseStepKind.RECOGNISED)
                .map(StepFact::at).min(Comparator.naturalOrder());
        return recognised.isPresent() ? recognised : steps.stream().map(StepFact::at).min(Comparator.naturalOrder());
    }

    private static Optional<Instant> lastDoseAt(List<StepFact> steps) {
        return steps.stream().filter(s -> s.kind() == ResponseStepKind.NALOXONE).map(StepFact::at)
                .max(Comparator.naturalOrder());
    }

    private static Optional<StepFact> latestVitals(List<StepFact> steps) {
        return steps.stream().filter(StepFact::hasVitals).max(Comparator.comparing(StepFact::at));
    }

    private static boolean has(List<StepFact> steps, ResponseStepKind kind) {
        return steps.stream().anyMatch(s -> s.kind() == kind);
    }
}
