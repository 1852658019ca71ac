package org.dcrconsole;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.validation.PlainTextValidator;

/**
 * One run of bad values through a service, as in {@code SiteBadInputTest}: each attempt is
 * either stored (and the work checks it reads back valid and unchanged) or refused with a
 * {@link BusinessException} or {@link ConstraintViolationException}; anything else is unhandled.
 */
public final class BadInputRun {

    public interface Work {
        void run() throws Exception;
    }

    private final List<String> unhandled = new ArrayList<>();
    private int stored;
    private int refused;

    public void attempt(Object value, Work work) {
        try {
            work.run();
            stored++;
        } catch (BusinessException | ConstraintViolationException e) {
            refused++;
        } catch (Exception | AssertionError e) {
            unhandled.add(printable(String.valueOf(value)) + " -> " + e);
        }
    }

    public int stored() {
        return stored;
    }

    public int refused() {
        return refused;
    }

    /** Fails with every unhandled value; a run where nothing was stored or nothing refused proves little. */
    public void assertAllHandled() {
        assertThat(unhandled).as("unhandled inputs").isEmpty();
        assertThat(stored).as("stored inputs").isPositive();
        assertThat(refused).as("refused inputs").isPositive();
    }

    /**
     * Text read back must be text PostgreSQL keeps as sent (no NUL, no unpaired surrogates, no
     * control characters): H2 stores them, so the H2 run checks what PostgreSQL would refuse.
     */
    public static void assertPlain(String read, boolean multiline) {
        if (read != null) {
            assertThat(PlainTextValidator.isPlain(read, multiline)).as("plain text read back: %s", printable(read)).isTrue();
        }
    }

    public static String printable(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
        StringBuilder b = new StringBuilder();
        shown.codePoints().forEach(cp -> {
            if (cp < 0x20 || Character.getType(cp) == Character.SURROGATE) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
