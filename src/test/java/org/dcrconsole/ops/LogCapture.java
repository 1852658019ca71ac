package org.dcrconsole.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Captures every log event of the application while open, with everything a log line could
 * carry: the formatted message, the raw arguments, MDC, key-value pairs and stack traces. Use it
 * to prove that a secret (a password, a client code) never reaches a log:
 *
 * <pre>{@code
 * try (LogCapture logs = LogCapture.verbose()) {
 *     // ... sign in, check a client in ...
 *     logs.assertNeverContains(password, clientCode);
 * }
 * }</pre>
 *
 * {@link #verbose()} lowers the console's and Spring Security's loggers to DEBUG while open, so
 * a secret in a debug line is caught too (an operator may switch DEBUG on in production).
 * Combine with Spring Boot's {@code OutputCaptureExtension} ({@link #assertNotIn}) to cover
 * whatever bypasses logging and goes to stdout or stderr.
 */
public final class LogCapture implements AutoCloseable {

    /** Loggers lowered to DEBUG by {@link #verbose()}: our code and the sign-in machinery. */
    public static final List<String> VERBOSE_LOGGERS = List.of("org.dcrconsole", "org.springframework.security",
            "com.vaadin.flow.spring.security");

    private final Logger root;
    private final Appender appender = new Appender();
    private final Map<Logger, Level> previousLevels = new LinkedHashMap<>();

    private LogCapture(List<String> debugLoggers) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (String name : debugLoggers) {
            Logger logger = context.getLogger(name);
            previousLevels.put(logger, logger.getLevel());
            logger.setLevel(Level.DEBUG);
        }
        appender.setContext(context);
        appender.setName("log-capture-" + System.identityHashCode(this));
        appender.start();
        root.addAppender(appender);
    }

    /** Captures at the levels configured for the application. */
    public static LogCapture start() {
        return new LogCapture(List.of());
    }

    /** Captures with {@link #VERBOSE_LOGGERS} at DEBUG. */
    public static LogCapture verbose() {
        return new LogCapture(VERBOSE_LOGGERS);
    }

    /** Everything captured so far, one event per line (stack traces included). */
    public String text() {
        synchronized (appender.lines) {
            return String.join("\n", appender.lines);
        }
    }

    public int eventCount() {
        synchronized (appender.lines) {
            return appender.lines.size();
        }
    }

    /** Fails if any captured event holds any of the secrets (case-insensitive). */
    public void assertNeverContains(String... secrets) {
        assertNotIn(text(), secrets);
    }

    /** Fails if the text (log events, captured stdout/stderr) holds any of the secrets. */
    public static void assertNotIn(CharSequence captured, String... secrets) {
        String text = captured.toString().toLowerCase(java.util.Locale.ROOT);
        for (String secret : secrets) {
            assertThat(secret).as("a secret to look for").isNotBlank().hasSizeGreaterThanOrEqualTo(6);
            assertThat(text.contains(secret.toLowerCase(java.util.Locale.ROOT)))
                    .as("the secret '%s' appears in the log", secret).isFalse();
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        previousLevels.forEach(Logger::setLevel);
    }

    private static final class Appender extends AppenderBase<ILoggingEvent> {

        private final List<String> lines = new ArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            StringBuilder line = new StringBuilder()
                    .append(event.getLevel()).append(' ').append(event.getLoggerName()).append(' ')
                    .append(event.getFormattedMessage());
            if (event.getArgumentArray() != null) {
                line.append(" args=").append(Arrays.deepToString(event.getArgumentArray()));
            }
            if (!event.getMDCPropertyMap().isEmpty()) {
                line.append(" mdc=").append(event.getMDCPropertyMap());
            }
            if (event.getKeyValuePairs() != null) {
                line.append(" kv=").append(event.getKeyValuePairs());
            }
            if (event.getThrowableProxy() != null) {
                line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
            synchronized (lines) {
                lines.add(line.toString());
            }
        }
    }
}
