package org.dcrconsole.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The backup procedure of docs/OPERATIONS.md on PostgreSQL: {@code pg_dump -Fc}, then
 * {@code pg_restore} into a fresh database; every table keeps its row count and the checksum of
 * its rows, and the identity sequences go on where they were.
 */
@DcrSpringBootTest
@Tag("postgres")
class PostgresBackupRestoreTest {

    @Autowired
    SiteService sites;
    @Autowired
    UserService users;

    private final PostgresCluster pg = PostgresCluster.clientFromEnvironment();

    @Test
    void a_dump_restored_into_a_fresh_database_has_the_same_rows_and_checksums(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 5; i++) {
            Site site = OpsFixtures.newSite(sites, "ops-backup");
            for (int b = 1; b <= 4; b++) {
                OpsFixtures.newBooth(sites, site.getId(), "B" + b);
            }
        }
        OpsFixtures.newUser(users, "ops-backup", "backup-password-1", Role.STAFF, Role.SUPERVISOR);
        Path dump = dir.resolve("dcr.dump");
        String restored = "dcr_restore_" + Long.toString(System.nanoTime(), 36);

        Map<String, String> before;
        // the checksums and the dump read the very same snapshot, so concurrent writers cannot skew them
        try (Connection source = DriverManager.getConnection(pg.jdbcUrl(pg.database), pg.user, pg.password)) {
            source.setAutoCommit(false);
            String snapshot;
            try (Statement st = source.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                try (ResultSet rs = st.executeQuery("SELECT pg_export_snapshot()")) {
                    rs.next();
                    snapshot = rs.getString(1);
                }
            }
            before = fingerprint(source);
            pg.run(Duration.ofMinutes(5), List.of(pg.tool("pg_dump").toString(), "-Fc", "--snapshot=" + snapshot,
                    "-h", pg.host, "-p", String.valueOf(pg.port), "-U", pg.user, "-f", dump.toString(), pg.database));
            source.rollback();
        }
        assertThat(Files.size(dump)).isPositive();

        createDatabase(restored);
        try {
            pg.run(Duration.ofMinutes(5), List.of(pg.tool("pg_restore").toString(), "--no-owner", "--exit-on-error",
                    "-h", pg.host, "-p", String.valueOf(pg.port), "-U", pg.user, "-d", restored, dump.toString()));
            Map<String, String> after;
            try (Connection target = DriverManager.getConnection(pg.jdbcUrl(restored), pg.user, pg.password)) {
                after = fingerprint(target);
            }
            System.out.printf("PostgreSQL backup: %d tables, %d bytes dump, fingerprints equal: %s%n",
                    before.keySet().stream().filter(k -> k.startsWith("table ")).count(), Files.size(dump),
                    before.equals(after));
            assertThat(before).containsKeys("table site", "table booth", "table app_user", "table flyway_schema_history");
            assertThat(before.get("table booth")).doesNotStartWith("0 ");
            assertThat(after).isEqualTo(before);
        } finally {
            try (Connection admin = DriverManager.getConnection(pg.jdbcUrl(pg.database), pg.user, pg.password);
                 Statement st = admin.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + restored);
            }
        }
    }

    /** Per table "rows md5-of-ordered-rows", per sequence its last value. */
    static Map<String, String> fingerprint(Connection c) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*), md5(COALESCE(string_agg(t::text, E'\\n' ORDER BY t::text), '')) "
                         + "FROM \"" + table + "\" t")) {
                rs.next();
                out.put("table " + table, rs.getLong(1) + " " + rs.getString(2));
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'")) {
            while (rs.next()) {
                out.put("sequence " + rs.getString(1), String.valueOf(rs.getObject(2)));
            }
        }
        return out;
    }

    /**
     * A fresh, empty database owned by the test user: with CREATEDB it makes it itself,
     * otherwise the cluster's superuser does (CI's throwaway cluster trusts local connections).
     */
    private void createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(pg.database), pg.user, pg.password);
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            assertThat(e.getSQLState()).as("CREATE DATABASE failed: %s", e.getMessage()).isEqualTo("42501");
            pg.run(Duration.ofMinutes(1), PostgresCluster.asServerUser(pg.tool("createdb").toString(),
                    "-h", pg.host, "-p", String.valueOf(pg.port), "-U", "postgres", "-O", pg.user, name));
        }
    }
}
