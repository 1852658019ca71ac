package org.dcrconsole.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dcrconsole.incident.ProtocolPrompts.Prompt;
import org.dcrconsole.incident.ProtocolPrompts.StepFact;
import org.junit.jupiter.api.Test;

/** The protocol prompts: oxygen at once, naloxone on poor breathing, a rescue dose at 10 minutes. */
class ProtocolPromptsTest {

    private static final Instant T0 = Instant.parse("2026-11-29T14:00:00Z");

    private static StepFact step(ResponseStepKind kind, int minute) {
        return new StepFact(kind, T0.plus(Duration.ofMinutes(minute)), null, null, null);
    }

    private static StepFact vitals(int minute, Integer rr, Integer spo2, Integer gcs) {
        return new StepFact(ResponseStepKind.VITALS, T0.plus(Duration.ofMinutes(minute)), rr, spo2, gcs);
    }

    private static Instant at(int minute, int second) {
        return T0.plus(Duration.ofMinutes(minute)).plusSeconds(second);
    }

    @Test
    void nothing_is_prompted_before_recognition() {
        assertThat(ProtocolPrompts.prompts(List.of(), T0)).isEmpty();
        assertThat(ProtocolPrompts.sinceRecognition(List.of(), T0)).isEmpty();
    }

    @Test
    void oxygen_is_prompted_at_once_and_stops_when_given() {
        List<StepFact> recognised = List.of(step(ResponseStepKind.RECOGNISED, 0));
        assertThat(ProtocolPrompts.prompts(recognised, T0)).containsExactly(Prompt.GIVE_OXYGEN);
        assertThat(ProtocolPrompts.prompts(List.of(step(ResponseStepKind.RECOGNISED, 0),
                step(ResponseStepKind.OXYGEN, 1)), at(1, 0))).isEmpty();
        assertThat(ProtocolPrompts.prompts(List.of(step(ResponseStepKind.RECOGNISED, 0),
                step(ResponseStepKind.BAG_VALVE_MASK, 1)), at(1, 0))).as("a bag-valve-mask gives oxygen too").isEmpty();
    }

    @Test
    void poor_breathing_without_naloxone_prompts_naloxone() {
        List<StepFact> steps = List.of(step(ResponseStepKind.RECOGNISED, 0), step(ResponseStepKind.OXYGEN, 0),
                vitals(1, 6, 88, 8));
        assertThat(ProtocolPrompts.prompts(steps, at(1, 0))).containsExactly(Prompt.NALOXONE_INDICATED);
    }

    @Test
    void a_rescue_dose_is_prompted_ten_minutes_after_the_first_dose_if_breathing_is_still_poor() {
        List<StepFact> steps = List.of(step(ResponseStepKind.RECOGNISED, 0), step(ResponseStepKind.OXYGEN, 0),
                vitals(1, 6, 88, 8), step(ResponseStepKind.NALOXONE, 2), vitals(8, 8, 92, 10));
        assertThat(ProtocolPrompts.prompts(steps, at(11, 59))).as("9 min 59 s after the dose").isEmpty();
        assertThat(ProtocolPrompts.prompts(steps, at(12, 0))).containsExactly(Prompt.RESCUE_DOSE_DUE);
        assertThat(ProtocolPrompts.rescueDoseDueAt(steps)).contains(at(12, 0));
    }

    @Test
    void each_poor_vital_alone_counts_and_boundaries_do_not() {
        for (StepFact poor : List.of(vitals(9, 9, null, null), vitals(9, null, 94, null), vitals(9, null, null, 12))) {
            List<StepFact> steps = List.of(step(ResponseStepKind.RECOGNISED, 0), step(ResponseStepKind.OXYGEN, 0),
                    step(ResponseStepKind.NALOXONE, 1), poor);
            assertThat(ProtocolPrompts.prompts(steps, at(11, 0))).as(poor.toString()).containsExactly(Prompt.RESCUE_DOSE_DUE);
        }
        List<StepFact> ok = List.of(step(ResponseStepKind.RECOGNISED, 0), step(ResponseStepKind.OXYGEN, 0),
                step(ResponseStepKind.NALOXONE, 1), vitals(9, 10, 95, 13));
        assertThat(ProtocolPrompts.prompts(ok, at(11, 0))).isEmpty();
    }

    @Test
    void no_rescue_dose_when_breathing_recovered() {
        List<StepFact> steps = List.of(step(ResponseStepKind.RECOGNISED, 0), step(ResponseStepKind.OXYGEN, 0),
                vitals(1, 6, 88, 8), step(ResponseStepKind.NALOXONE, 2), vitals(9, 14, 97, 15));
        assertThat(ProtocolPrompts.prompts(steps, at(20, 0))).isEmpty();
    }

    @Test
    void the_rescue_clock_restarts_with_each_dose_and_stops_at_the_outcome() {
        List<StepFact> twoDoses = List.of(step(ResponseStepKind.RECOGNISED, 0), step(ResponseStepKind.OXYGEN, 0),
                step(ResponseStepKind.NALOXONE, 1), vitals(10, 7, 90, 9), step(ResponseStepKind.NALOXONE, 11));
        assertThat(ProtocolPrompts.prompts(twoDoses, at(20, 0))).isEmpty();
        assertThat(ProtocolPrompts.prompts(twoDoses, at(21, 0))).containsExactly(Prompt.RESCUE_DOSE_DUE);
        List<StepFact> ended = new java.util.ArrayList<>(twoDoses);
        ended.add(step(ResponseStepKind.OUTCOME, 15));
        assertThat(ProtocolPrompts.prompts(ended, at(30, 0))).isEmpty();
    }

    @Test
    void elapsed_time_counts_from_recognition() {
        List<StepFact> steps = List.of(step(ResponseStepKind.OXYGEN, 2), step(ResponseStepKind.RECOGNISED, 1));
        assertThat(ProtocolPrompts.sinceRecognition(steps, at(5, 30))).contains(Duration.ofSeconds(270));
    }
}
