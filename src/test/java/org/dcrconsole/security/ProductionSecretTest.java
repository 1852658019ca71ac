package org.dcrconsole.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dcrconsole.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Production never pseudonymises client codes with a missing, short or demo secret. */
class ProductionSecretTest {

    private static SpringApplicationBuilder prod() {
        return new SpringApplicationBuilder(Application.class).profiles("prod");
    }

    /** Command-line arguments: they outrank application-prod.properties, as an operator's would. */
    private static String[] args(String secret) {
        return new String[] {"--spring.datasource.url=jdbc:h2:mem:prodsecret;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--spring.datasource.password=", "--server.port=0",
                "--dcr.client-code-secret=" + secret};
    }

    @Test
    void production_refuses_to_start_without_a_client_code_secret() {
        assertThatThrownBy(() -> prod().run(args("")).close())
                .hasStackTraceContaining("DCR_CLIENT_CODE_SECRET");
    }

    @Test
    void production_refuses_to_start_with_the_demo_secret() {
        assertThatThrownBy(() -> prod().run(args("demo-secret-not-for-production-use-0123456789")).close())
                .hasStackTraceContaining("demo secret");
    }
}
