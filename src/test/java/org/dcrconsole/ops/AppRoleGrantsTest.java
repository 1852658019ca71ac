package org.dcrconsole.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The database roles of docs/OPERATIONS.md, on a real PostgreSQL: Flyway migrates as the owner,
 * the owner runs docker/app-role.sql, and then the application role writes the working tables
 * as the console does but cannot change or delete a row of a history table. The test user needs
 * CREATEDB and CREATEROLE (a scratch database and two scratch roles, dropped afterwards).
 */
@Tag("postgres")
class AppRoleGrantsTest {

    private static final String PERMISSION_DENIED = "42501";

    private final PostgresCluster pg = PostgresCluster.clientFromEnvironment();

    @Test
    void the_app_role_appends_history_but_cannot_rewrite_it() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String database = "dcr_roles_" + tag;
        String owner = "dcr_owner_" + tag;
        String app = "dcr_app_" + tag;
        try (Connection admin = DriverManager.getConnection(pg.jdbcUrl(pg.database), pg.user, pg.password);
             Statement s = admin.createStatement()) {
            s.execute("CREATE ROLE " + owner + " LOGIN PASSWORD 'owner-pw'");
            s.execute("CREATE ROLE " + app + " LOGIN PASSWORD 'app-pw'");
            s.execute("GRANT " + owner + " TO " + pg.user);
            s.execute("CREATE DATABASE " + database + " OWNER " + owner);
        }
        try {
            Flyway.configure().dataSource(pg.jdbcUrl(database), owner, "owner-pw")
                    .locations("classpath:db/migration").load().migrate();
            String grants = Files.readString(Path.of("docker/app-role.sql"))
                    .replace("DATABASE dcr ", "DATABASE " + database + " ").replace("dcr_app", app);
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl(database), owner, "owner-pw");
                 Statement s = c.createStatement()) {
                s.execute(grants);
                s.execute("INSERT INTO revinfo (revtstmp, username) VALUES (0, 'owner')");
                // an incident past its retention, with a history row
                s.execute("INSERT INTO site (name, city, time_zone) VALUES ('Old site', 'City', 'Europe/Berlin')");
                s.execute("INSERT INTO incident (site_id, occurred_at, type, severity, state, description, review_deadline) "
                        + "SELECT id, TIMESTAMP WITH TIME ZONE '2010-01-01 10:00:00+00', 'OTHER', 'LOW', 'REPORTED', 'old', "
                        + "TIMESTAMP WITH TIME ZONE '2010-01-11 10:00:00+00' FROM site");
                s.execute("INSERT INTO incident_aud (id, rev, revtype) SELECT i.id, r.id, 0 FROM incident i, revinfo r");
            }

            try (Connection c = DriverManager.getConnection(pg.jdbcUrl(database), app, "app-pw");
                 Statement s = c.createStatement()) {
                // the console's normal writes
                s.execute("INSERT INTO app_user (username, display_name, password_hash) VALUES ('nurse', 'N', 'x')");
                s.execute("UPDATE app_user SET display_name = 'Nurse' WHERE username = 'nurse'");
                s.execute("INSERT INTO user_change (changed_at, changed_by, user_id, field, old_value, new_value) "
                        + "SELECT CURRENT_TIMESTAMP, 'admin', id, 'ROLES', NULL, 'STAFF' FROM app_user");
                s.execute("INSERT INTO sign_in_throttle (occurred_at, subject_kind, subject, failures, delay_seconds) "
                        + "VALUES (CURRENT_TIMESTAMP, 'ACCOUNT', 'nurse', 4, 2)");
                s.execute("DELETE FROM app_user_role");
                try (var rs = s.executeQuery("SELECT COUNT(*) FROM user_change")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }

                for (String rewrite : new String[] {"UPDATE user_change SET new_value = 'ADMIN'",
                        "DELETE FROM user_change", "UPDATE sign_in_throttle SET failures = 0",
                        "DELETE FROM sign_in_throttle", "UPDATE revinfo SET revtstmp = 1", "DELETE FROM revinfo",
                        "DELETE FROM incident_aud", "UPDATE response_step_aud SET revtype = 0",
                        "DELETE FROM follow_up_action_aud", "DELETE FROM flyway_schema_history",
                        "UPDATE visit_correction SET reason = 'x'", "DELETE FROM visit_correction",
                        "DELETE FROM booth_service_change", "UPDATE access_log SET subject = 'x'",
                        "DELETE FROM access_log"}) {
                    assertThatThrownBy(() -> s.execute(rewrite)).as(rewrite)
                            .isInstanceOfSatisfying(SQLException.class,
                                    e -> assertThat(e.getSQLState()).isEqualTo(PERMISSION_DENIED));
                }

                // the retention job deletes an old incident, and its history goes with it by the cascade
                assertThat(s.executeUpdate("DELETE FROM incident")).isEqualTo(1);
                try (var rs = s.executeQuery("SELECT COUNT(*) FROM incident_aud")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
            }
        } finally {
            try (Connection admin = DriverManager.getConnection(pg.jdbcUrl(pg.database), pg.user, pg.password);
                 Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                s.execute("DROP ROLE IF EXISTS " + app);
                s.execute("DROP ROLE IF EXISTS " + owner);
            }
        }
    }
}
