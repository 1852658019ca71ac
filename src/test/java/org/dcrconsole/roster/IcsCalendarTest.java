package org.dcrconsole.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IcsCalendarTest {

    static final Instant STAMP = Instant.parse("2026-03-20T10:00:00Z");

    @Test
    void the_calendar_parses_back_to_the_same_shifts() {
        List<IcsCalendar.Event> events = List.of(
                new IcsCalendar.Event("shift-1@dcr-console", Instant.parse("2026-03-28T19:00:00Z"),
                        Instant.parse("2026-03-29T02:00:00Z"), "Injektionsraum – Central", "Central, Frankfurt am Main"),
                new IcsCalendar.Event("shift-2@dcr-console", Instant.parse("2026-03-30T09:00:00Z"),
                        Instant.parse("2026-03-30T15:30:00Z"),
                        "Beratung; Rauchraum, Empfang \\ Nachtdienst mit Übergabe an die Spätschicht und sehr langer "
                                + "Beschreibung, damit die Zeile gefaltet werden muss – äöü ß € 🚑",
                        "Riverside, Frankfurt am Main"));

        String ics = IcsCalendar.write("Meine Dienste", events, STAMP);

        assertThat(parse(ics)).isEqualTo(events);
    }

    @Test
    void lines_end_with_crlf_and_are_folded_at_75_octets() {
        String longText = "ä".repeat(100) + "€".repeat(40) + "🚑".repeat(20);
        String ics = IcsCalendar.write("x", List.of(new IcsCalendar.Event("u1", STAMP, STAMP.plusSeconds(3600),
                longText, "loc")), STAMP);

        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        String[] lines = ics.split("\r\n");
        assertThat(lines).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(lines).anyMatch(l -> l.startsWith(" "));
        assertThat(lines[0]).isEqualTo("BEGIN:VCALENDAR");
        assertThat(ics).contains("DTSTART:20260320T100000Z\r\n", "DTEND:20260320T110000Z\r\n",
                "DTSTAMP:20260320T100000Z\r\n", "VERSION:2.0\r\n");
        assertThat(parse(ics).getFirst().summary()).isEqualTo(longText);
    }

    @Test
    void special_characters_are_escaped() {
        assertThat(IcsCalendar.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
    }

    /** A minimal RFC 5545 reader: unfolds lines, reads VEVENTs, unescapes text, reads UTC times. */
    static List<IcsCalendar.Event> parse(String ics) {
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
        List<IcsCalendar.Event> events = new ArrayList<>();
        Map<String, String> props = null;
        for (String line : unfolded.split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                props = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                assertThat(props).containsKeys("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "LOCATION");
                events.add(new IcsCalendar.Event(props.get("UID"),
                        LocalDateTime.parse(props.get("DTSTART"), utc).toInstant(ZoneOffset.UTC),
                        LocalDateTime.parse(props.get("DTEND"), utc).toInstant(ZoneOffset.UTC),
                        unescape(props.get("SUMMARY")), unescape(props.get("LOCATION"))));
                props = null;
            } else if (props != null) {
                int colon = line.indexOf(':');
                props.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return events;
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                out.append(n == 'n' || n == 'N' ? '\n' : n);
            } else {
                assertThat(c).as("unescaped special character in " + text).isNotIn(',', ';');
                out.append(c);
            }
        }
        return out.toString();
    }
}
