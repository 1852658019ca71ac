package org.dcrconsole.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.dcrconsole.incident.DescriptionCheck.Finding;
import org.junit.jupiter.api.Test;

class DescriptionCheckTest {

    @Test
    void a_clean_description_raises_no_warning() {
        assertThat(DescriptionCheck.check("Client Fox-17 found unresponsive in booth I03 at 14:32. "
                + "Oxygen started, naloxone 0.4 mg IM given by AB.")).isEmpty();
        assertThat(DescriptionCheck.check("")).isEmpty();
    }

    @Test
    void two_capitalised_words_inside_a_sentence_look_like_a_name() {
        assertThat(DescriptionCheck.check("Client was shouting at Peter Miller near the desk."))
                .containsExactly(Finding.PERSON_NAME);
    }

    @Test
    void capitalised_words_at_a_sentence_start_are_not_taken_for_a_name() {
        assertThat(DescriptionCheck.check("Client left. Ambulance Crew arrived later.")).isEmpty();
    }

    @Test
    void titles_point_to_a_name() {
        assertThat(DescriptionCheck.check("Neighbour Frau Schmidt complained.")).contains(Finding.PERSON_NAME);
        assertThat(DescriptionCheck.check("spoke to Mr Jones outside")).contains(Finding.PERSON_NAME);
    }

    @Test
    void phone_numbers_are_flagged_but_times_dates_and_doses_are_not() {
        assertThat(DescriptionCheck.check("call back on 0176 1234567")).containsExactly(Finding.PHONE_NUMBER);
        assertThat(DescriptionCheck.check("mother's number +49 69 123456")).containsExactly(Finding.PHONE_NUMBER);
        assertThat(DescriptionCheck.check("on 29.11.2026 at 14:32, 0.8 mg, SpO2 88")).isEmpty();
    }
}
