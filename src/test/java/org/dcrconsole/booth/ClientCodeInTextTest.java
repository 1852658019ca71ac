package org.dcrconsole.booth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import org.junit.jupiter.api.Test;

class ClientCodeInTextTest {

    private static final Year NOW = Year.of(2026);

    @Test
    void a_code_in_any_of_the_ways_staff_type_it_is_found_inside_a_text() {
        assertThat(ClientCode.appearsIn("MAMU-F-1985", NOW)).isTrue();
        assertThat(ClientCode.appearsIn("client mamuf1985 collapsed", NOW)).isTrue();
        assertThat(ClientCode.appearsIn("was Ma Mu M 1970.", NOW)).isTrue();
        assertThat(ClientCode.appearsIn("Code: ÜLKA.D.2001", NOW)).isTrue();
    }

    @Test
    void ordinary_incident_text_is_no_code() {
        assertThat(ClientCode.appearsIn(null, NOW)).isFalse();
        assertThat(ClientCode.appearsIn("Naloxone 0.4 mg IM at 21:15, booth B1, SpO2 84 %.", NOW)).isFalse();
        assertThat(ClientCode.appearsIn("Raum D 2024 was cleaned", NOW)).as("a recent year is no birth year").isFalse();
        assertThat(ClientCode.appearsIn("Since 1985 in the program", NOW)).isFalse();
        assertThat(ClientCode.appearsIn("MAMUF-1885", NOW)).as("before the oldest birth year").isFalse();
        assertThat(ClientCode.appearsIn("XMAMU-F-1985", NOW)).as("five letters are a word, not a code").isFalse();
    }
}
