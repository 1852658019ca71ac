package org.dcrconsole.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simple warning, not a filter: does a free text look like it names a person or carries a
 * phone number? Names do not belong in an incident report (clients are aliases); staff can
 * still save after reading the warning, since a heuristic errs both ways.
 */
public final class DescriptionCheck {

    /** What the text seems to contain. */
    public enum Finding {
        PERSON_NAME, PHONE_NUMBER
    }

    private static final Pattern TITLE = Pattern.compile(
            "(?<![\\p{L}])(Herr|Frau|Hr\\.|Fr\\.|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Dr\\.)\\s+\\p{Lu}", Pattern.UNICODE_CASE);
    private static final Pattern TWO_CAPITALISED = Pattern.compile("(\\p{Lu}\\p{Ll}+)\\s+(\\p{Lu}\\p{Ll}+)");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(\\+|00)?\\d[\\d /().-]{6,}\\d(?!\\d)");
    /** Capitalised words that often stand side by side without being a name. */
    private static final Set<String> COMMON = Set.of("I", "The", "Booth", "Kabine", "Platz", "Room", "Raum",
            "Naloxone", "Naloxon", "Police", "Polizei", "Notarzt", "Rettungsdienst", "Ambulance", "Krankenwagen",
            "Central", "Riverside", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag");

    private DescriptionCheck() {
    }

    /** What the text seems to contain; empty when it looks clean. */
    public static List<Finding> check(String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return findings;
        }
        if (TITLE.matcher(text).find() || hasNamePair(text)) {
            findings.add(Finding.PERSON_NAME);
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            String digits = phone.group().replaceAll("\\D", "");
            // Times (12:30), dates (1.2.2025) and doses (0.4 mg) are shorter or use other separators.
            if (digits.length() >= 7 && !phone.group().matches("\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}")) {
                findings.add(Finding.PHONE_NUMBER);
                break;
            }
        }
        return findings;
    }

    /**
     * Two capitalised words in a row that are not at the start of a sentence. German capitalises
     * every noun, so a pair of known words ("Booth Central") or a noun pair is spared by the
     * word list only; the warning stays a hint.
     */
    private static boolean hasNamePair(String text) {
        Matcher m = TWO_CAPITALISED.matcher(text);
        int from = 0;
        while (m.find(from)) {
            from = m.start(2);
            if (atSentenceStart(text, m.start(1))) {
                continue;
            }
            if (COMMON.contains(m.group(1)) || COMMON.contains(m.group(2))) {
                continue;
            }
            return true;
        }
        return false;
    }

    private static boolean atSentenceStart(String text, int index) {
        int i = index - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?:;\n".indexOf(text.charAt(i)) >= 0;
    }
}
