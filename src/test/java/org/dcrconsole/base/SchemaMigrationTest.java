package org.dcrconsole.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.dcrconsole.DcrSpringBootTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The context starts on the test database (so Hibernate's {@code ddl-auto=validate} accepted
 * every entity against the Flyway schema), and every migration script is applied. Tagged
 * {@code db}: the postgres profile runs it against a real PostgreSQL.
 */
@DcrSpringBootTest
@Tag("db")
class SchemaMigrationTest {

    @Autowired
    Flyway flyway;
    @Autowired
    DataSource dataSource;
    @Autowired
    Environment environment;

    @Test
    void every_migration_script_is_applied_and_valid() throws IOException {
        Set<String> scripts = Arrays.stream(new PathMatchingResourcePatternResolver()
                        .getResources("classpath*:db/migration/V*__*.sql"))
                .map(Resource::getFilename)
                .map(name -> name.substring(1, name.indexOf("__")).replace('_', '.'))
                .collect(Collectors.toSet());
        assertThat(scripts).contains("1");

        MigrationInfo[] applied = flyway.info().applied();
        assertThat(Arrays.stream(applied).map(m -> m.getVersion().getVersion()).collect(Collectors.toSet()))
                .containsAll(scripts);
        assertThat(applied).allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(flyway.info().pending()).isEmpty();
        flyway.validate();
    }

    @Test
    void the_tests_run_on_the_database_the_build_asked_for() throws Exception {
        String url = environment.getProperty("spring.datasource.url", "");
        String product;
        try (var connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        assertThat(product).isEqualTo(url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2");
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM app_user", Integer.class))
                .isNotNull();
    }
}
