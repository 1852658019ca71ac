package org.dcrconsole.booth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.dcrconsole.base.BusinessException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ClientCodeTest {

    static final Year YEAR = Year.of(2026);
    static final String SECRET = "a-test-secret-of-at-least-thirty-two-chars";

    @Test
    void spelling_variants_of_one_code_normalise_to_the_same_code() {
        ClientCode a = ClientCode.parse("MaMü-f-1985", YEAR);
        ClientCode b = ClientCode.parse(" mamu f 1985 ", YEAR);

        assertThat(a).isEqualTo(b);
        assertThat(a.normalised()).isEqualTo("MAMUF1985");
        assertThat(a.sex()).isEqualTo(Sex.FEMALE);
        assertThat(a.birthYear()).isEqualTo(1985);
        assertThat(a.toString()).doesNotContain("MAMU");
    }

    @Test
    void a_malformed_code_or_an_impossible_year_is_refused_at_the_code_field() {
        assertThatThrownBy(() -> ClientCode.parse("Maria Mustermann", YEAR)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).field()).isEqualTo("code");
        assertThatThrownBy(() -> ClientCode.parse("MAMU-F-2030", YEAR))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("client.error.codeYear");
    }

    @Test
    void under_age_means_certainly_under_18_by_birth_year() {
        assertThat(ClientCode.parse("ABCD-M-2009", YEAR).certainlyUnderAge(YEAR)).isTrue();
        assertThat(ClientCode.parse("ABCD-M-2008", YEAR).certainlyUnderAge(YEAR)).isFalse();
    }

    @Test
    void the_hash_is_keyed_and_the_alias_is_short_and_stable() {
        ClientCodes codes = new ClientCodes(SECRET, new MockEnvironment());
        ClientCodes otherSecret = new ClientCodes(SECRET + "x", new MockEnvironment());
        ClientCode code = ClientCode.parse("MAMU-F-1985", YEAR);

        String hash = codes.hash(code);
        assertThat(hash).hasSize(64).isEqualTo(codes.hash(ClientCode.parse("mamu f 1985", YEAR)));
        assertThat(otherSecret.hash(code)).isNotEqualTo(hash);
        assertThat(ClientCodes.alias(hash, 6)).matches("[0-9A-Z]{3}-[0-9A-Z]{3}");
        assertThat(ClientCodes.alias(hash, 7)).startsWith(ClientCodes.alias(hash, 6));
    }

    @Test
    void the_console_refuses_to_start_without_a_secret_or_with_the_demo_secret_in_production() {
        assertThatThrownBy(() -> new ClientCodes("", new MockEnvironment())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ClientCodes("short", new MockEnvironment())).isInstanceOf(IllegalStateException.class);
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> new ClientCodes("demo-secret-not-for-production-use-0123456789", prod))
                .isInstanceOf(IllegalStateException.class);
        assertThat(new ClientCodes(SECRET, prod)).isNotNull();
    }
}
