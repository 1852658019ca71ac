package org.dcrconsole.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads in a view goes through the bundles (so German users get German):
 * no view passes a string literal with letters in it to a component's text, label, header,
 * placeholder, tooltip or a notification. Symbols (dashes, arrows, units-free marks) may stay.
 * And every date and time picker comes from {@link Pickers}, which makes it speak the language.
 */
class HardCodedTextTest {

    private static final Path MAIN = Path.of("src/main/java");

    /** Calls whose first argument a person reads (an Anchor's first argument is its address, not its text). */
    private static final Pattern USER_TEXT = Pattern.compile(
            "(new\\s+(?:Span|Button|H[1-6]|Paragraph|Text|Div|NativeLabel|Details|Tab|Checkbox|TextField"
                    + "|TextArea|IntegerField|NumberField|ComboBox<[^>]*>|Select<[^>]*>|MenuItem|SideNavItem)"
                    + "|\\.(?:setText|setLabel|setHeader|setHeaderText|setFooter|setPlaceholder|setTitle"
                    + "|setHelperText|setAriaLabel|setTooltipText|setErrorMessage|addItem|setConfirmText"
                    + "|setCancelText)"
                    + "|Notification\\.show|Notifications\\.(?:success|error|info|warning))"
                    + "\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Literals allowed although they contain letters: none yet; each entry needs a reason beside it. */
    private static final Set<String> ALLOWED = Set.of();

    private static final Pattern PICKER = Pattern.compile("new\\s+(DatePicker|DateTimePicker|TimePicker)\\s*\\(");

    @Test
    void views_pass_no_hard_coded_text_to_components() throws IOException {
        assertThat(findings(uiSources())).isEmpty();
    }

    @Test
    void the_scan_finds_a_planted_literal_and_lets_keys_and_symbols_pass() {
        String source = """
                add(new Span(getTranslation("board.title")));
                add(new Span("·"), new Span("—"));
                add(new Anchor("clients/1", getTranslation("client.open")));
                save.setText("Save");
                Notification.show("Booth checked in");
                name.setLabel( "Name" );
                """;
        assertThat(findings(List.of(new Source("Planted.java", source)))).containsExactly(
                "Planted.java:4 \"Save\"", "Planted.java:5 \"Booth checked in\"", "Planted.java:6 \"Name\"");
    }

    @Test
    void every_picker_is_made_by_pickers() throws IOException {
        List<String> found = new ArrayList<>();
        for (Source s : sources(MAIN)) {
            if (s.name().endsWith("base/ui/Pickers.java")) {
                continue;
            }
            Matcher m = PICKER.matcher(s.text());
            while (m.find()) {
                found.add(s.name() + ": new " + m.group(1));
            }
        }
        assertThat(found).as("make pickers with Pickers.date()/dateTime()/time()").isEmpty();
    }

    static List<String> findings(List<Source> sources) {
        List<String> found = new ArrayList<>();
        for (Source s : sources) {
            Matcher m = USER_TEXT.matcher(s.text());
            while (m.find()) {
                String literal = m.group(2);
                if (literal.codePoints().anyMatch(Character::isLetter) && !ALLOWED.contains(literal)) {
                    int line = (int) s.text().substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    found.add(s.name() + ":" + line + " \"" + literal + "\"");
                }
            }
        }
        return found;
    }

    private static List<Source> uiSources() throws IOException {
        return sources(MAIN).stream().filter(s -> s.name().contains("/ui/")).toList();
    }

    private static List<Source> sources(Path root) throws IOException {
        List<Source> result = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                result.add(new Source(root.relativize(p).toString().replace('\\', '/'),
                        Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return result;
    }

    record Source(String name, String text) {
    }
}
