package org.dcrconsole.booth;

import java.text.Normalizer;
import java.time.Year;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.dcrconsole.base.BusinessException;

/**
 * A client code as staff type it: the first two letters of first name and of surname, the sex
 * letter (F, M, D) and the birth year, e.g. {@code MAMU-F-1985}. Spaces, dashes, dots, case and
 * accents (Ü is U) do not matter, so the same person always yields the same normalised code. Lives only
 * in memory: the database keeps its keyed hash, never the code.
 */
public record ClientCode(String normalised, Sex sex, int birthYear) {

    public static final int OLDEST_BIRTH_YEAR = 1900;
    public static final int ADULT_AGE = 18;
    private static final Pattern FORMAT = Pattern.compile("([A-Z]{4})([FMDX])(\\d{4})");

    /**
     * Parses and normalises a typed code.
     *
     * @throws BusinessException on field {@code code} when the code does not have the agreed form
     */
    public static ClientCode parse(String typed, Year thisYear) {
        String plain = typed == null ? "" : Normalizer.normalize(typed.strip().toUpperCase(Locale.ROOT)
                .replace("ß", "S"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[\\s\\-./_]", "");
        Matcher m = FORMAT.matcher(plain);
        if (!m.matches()) {
            throw new BusinessException("code", "client.error.codeFormat");
        }
        int year = Integer.parseInt(m.group(3));
        if (year < OLDEST_BIRTH_YEAR || year > thisYear.getValue()) {
            throw new BusinessException("code", "client.error.codeYear");
        }
        Sex sex = switch (m.group(2)) {
            case "F" -> Sex.FEMALE;
            case "M" -> Sex.MALE;
            default -> Sex.DIVERSE;
        };
        String sexLetter = sex == Sex.DIVERSE ? "D" : m.group(2);
        return new ClientCode(m.group(1) + sexLetter + year, sex, year);
    }

    /**
     * Something that looks like a client code inside a free text (two and two letters, a sex letter
     * and a birth year, with at most one space, dash, dot, slash or underscore between the parts):
     * such text must not be stored where the keyed hash is meant to stand for the code.
     */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<!\\p{L})\\p{L}{2}[\\s\\-./_]?\\p{L}{2}[\\s\\-./_]?[FMDX][\\s\\-./_]?(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether a free text holds something in the client-code format with a plausible birth year
     * (from {@value #OLDEST_BIRTH_YEAR} to ten years ago), e.g. "MAMU-F-1985" or "mamu f 1985". For
     * every free-text field that must never carry a code (incident reports, notes). Recent years are
     * spared so that "Raum D 2024" is no code; nobody that young is a client.
     */
    public static boolean appearsIn(@Nullable String text, Year thisYear) {
        if (text == null || text.isBlank()) {
            return false;
        }
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year >= OLDEST_BIRTH_YEAR && year <= thisYear.getValue() - 10) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the birth year rules out an adult. With a year only, someone who turns 18 this
     * year may still be 17: staff confirm eligibility for them when they check the ID.
     */
    public boolean certainlyUnderAge(Year thisYear) {
        return thisYear.getValue() - birthYear < ADULT_AGE;
    }

    @Override
    public String toString() {
        return "ClientCode[hidden]";
    }
}
