package org.dcrconsole;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generated bad input for the services behind each form: over-long and empty strings,
 * control characters, emoji, SQL and HTML fragments, out-of-range numbers and dates. Drawn
 * with jqwik's generators from a fixed seed so a failure can be replayed.
 */
public final class BadValues {

    public static final List<String> FRAGMENTS = List.of(
            "'; DROP TABLE site; --", "\" OR 1=1 --", "<script>alert('x')</script>", "<img src=x onerror=alert(1)>",
            "</td></tr><b>bold</b>", "\u0000", "\u0007bell", "line\nbreak", "tab\tstop", "\u202Eright-to-left",
            "😀🚑💉", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "   ", "", "%s%n%x", "${jndi:ldap://x}", "../../etc/passwd", "NULL", "\\", "\uFEFF");

    private BadValues() {
    }

    /** Strings of every awkward kind, the fragments above first, then generated ones. */
    public static Stream<String> strings(int maxLength, int count) {
        Arbitrary<String> generated = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMinLength(0).ofMaxLength(maxLength + 40),
                Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMinLength(1).ofMaxLength(20),
                Arbitraries.strings().withChars("😀🚑💉🧪ÄÖÜßé<>&\"'").ofMinLength(1).ofMaxLength(maxLength + 5),
                Arbitraries.strings().alpha().ofLength(maxLength + 1),
                Arbitraries.strings().alpha().ofMinLength(1000).ofMaxLength(5000),
                Arbitraries.of(FRAGMENTS));
        return Stream.concat(FRAGMENTS.stream(), generated.sampleStream().limit(count));
    }

    public static Stream<Integer> ints(int count) {
        return Stream.concat(Stream.of(Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE, 100_000),
                Arbitraries.integers().sampleStream().limit(count));
    }

    public static Stream<LocalDate> dates(int count) {
        return Stream.concat(Stream.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(1900, 1, 1)),
                Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                        .map(LocalDate::ofEpochDay).sampleStream().limit(count));
    }
}
