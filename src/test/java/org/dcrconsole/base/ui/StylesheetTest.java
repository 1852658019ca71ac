package org.dcrconsole.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The console's one stylesheet is appended to by every feature. A rule left open swallows every
 * rule after it: browsers read them as nested rules that match nothing (a merge once did that to
 * the alert banner, the client page and the focus rings). So every block closes, and rules nest
 * only inside at-rules (@media, @keyframes).
 */
class StylesheetTest {

    private static final Path STYLES = Path.of("src/main/resources/META-INF/resources/styles.css");

    @Test
    void every_rule_of_the_stylesheet_is_closed_and_none_nests_in_another() throws IOException {
        assertThat(problems(Files.readString(STYLES))).isEmpty();
    }

    @Test
    void a_rule_left_open_is_found() {
        assertThat(problems(".a {\n  color: red;\n.b {\n  color: blue;\n}\n")).containsExactly(
                "line 3: .b opens inside .a", "end: .a is never closed");
    }

    static List<String> problems(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", " ");
        List<String> problems = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        int line = 1;
        StringBuilder head = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                line++;
            }
            if (c == '{') {
                String selector = head.toString().strip().replaceAll("\\s+", " ");
                if (!open.isEmpty() && !open.peek().startsWith("@")) {
                    problems.add("line " + line + ": " + selector + " opens inside " + open.peek());
                }
                open.push(selector);
                head.setLength(0);
            } else if (c == '}') {
                if (open.isEmpty()) {
                    problems.add("line " + line + ": a } closes nothing");
                } else {
                    open.pop();
                }
                head.setLength(0);
            } else if (c == ';') {
                head.setLength(0);
            } else {
                head.append(c);
            }
        }
        open.forEach(s -> problems.add("end: " + s + " is never closed"));
        return problems;
    }
}
