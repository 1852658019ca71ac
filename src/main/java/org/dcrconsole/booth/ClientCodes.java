package org.dcrconsole.booth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Turns a client code into what the database may keep: an HMAC-SHA256 under the configured
 * secret (without the secret, a stolen database cannot be matched against guessed codes) and a
 * short alias derived from that hash. The console refuses to start without a proper secret,
 * and in production also with the demo's published one.
 */
@Component
public class ClientCodes {

    static final int SECRET_MIN_LENGTH = 32;
    static final int ALIAS_LENGTH = 6;
    private static final String DEMO_SECRET_PREFIX = "demo-secret";
    /** Crockford's base32: no I, L, O, U, so aliases cannot be misread or spell words. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final SecretKeySpec key;

    ClientCodes(@Value("${dcr.client-code-secret:}") String secret, Environment environment) {
        if (secret == null || secret.isBlank() || secret.length() < SECRET_MIN_LENGTH) {
            throw new IllegalStateException("dcr.client-code-secret (DCR_CLIENT_CODE_SECRET) must be set to at least "
                    + SECRET_MIN_LENGTH + " characters; client codes cannot be pseudonymised without it");
        }
        if (environment.acceptsProfiles(Profiles.of("prod")) && secret.startsWith(DEMO_SECRET_PREFIX)) {
            throw new IllegalStateException("dcr.client-code-secret is the demo secret; set a secret of your own");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The keyed hash of a normalised code, as 64 hex digits. */
    public String hash(ClientCode code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(code.normalised().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * The alias of a hash: {@code length} base32 characters, grouped by three (K7M-Q2P). A longer
     * alias of the same hash is used in the rare case the short one is taken at the site.
     */
    public static String alias(String hash, int length) {
        byte[] bytes = HexFormat.of().parseHex(hash);
        StringBuilder plain = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5 && plain.length() < length) {
                plain.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
            buffer &= (1 << bits) - 1;
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && i % 3 == 0) {
                grouped.append('-');
            }
            grouped.append(plain.charAt(i));
        }
        return grouped.toString();
    }

    /** An alias as a user may type it (lower case, without dashes), in stored form. */
    static String normaliseAlias(String typed) {
        String plain = typed.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s\\-]", "");
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && i % 3 == 0) {
                grouped.append('-');
            }
            grouped.append(plain.charAt(i));
        }
        return grouped.toString();
    }
}
