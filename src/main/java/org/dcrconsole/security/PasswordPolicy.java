package org.dcrconsole.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dcrconsole.base.BusinessException;

/**
 * The rule for every password a person chooses or an administrator sets: 8 to 72 bytes in UTF-8
 * (bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused) and
 * not one of the common passwords that guessing tools try first.
 */
public final class PasswordPolicy {

    public static final int MIN_BYTES = 8;
    /** bcrypt's limit: it ignores every byte after the 72nd, and Spring's encoder refuses them. */
    public static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /**
     * Refuses a password that is too short, too long or common, at the given field.
     *
     * @throws BusinessException with the field name and a message saying which rule failed
     */
    public static void check(String field, String password) {
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < MIN_BYTES || bytes > MAX_BYTES) {
            throw new BusinessException(field, "password.error.length", MIN_BYTES, MAX_BYTES);
        }
        if (isCommon(password)) {
            throw new BusinessException(field, "password.error.common");
        }
    }

    /** Whether the password is on the list of common passwords (case-insensitive). */
    static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    static int commonCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(
                "/security/common-passwords.txt"), "security/common-passwords.txt missing");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
