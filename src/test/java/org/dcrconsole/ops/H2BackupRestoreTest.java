package org.dcrconsole.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup procedure of docs/OPERATIONS.md for the embedded H2 database: {@code BACKUP TO}
 * while the database is in use, then the zip unpacked into an empty data folder and opened;
 * every table keeps its row count and the checksum of its rows, and Flyway finds the schema
 * history intact.
 */
class H2BackupRestoreTest {

    @Test
    void a_backup_zip_unpacked_and_opened_has_the_same_rows_and_checksums(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("live/dcr").toAbsolutePath();
        Path zip = dir.resolve("dcr-backup.zip");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

        Map<String, String> before;
        // a second connection stays open during the backup, as the running console's pool would
        try (Connection console = DriverManager.getConnection(url, "sa", "");
             Connection operator = DriverManager.getConnection(url, "sa", "")) {
            fill(console);
            before = fingerprint(operator);
            try (Statement st = operator.createStatement()) {
                st.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
            }
        }
        assertThat(Files.size(zip)).isPositive();

        Path restoredDir = dir.resolve("restored");
        unzip(zip, restoredDir);
        String restoredUrl = "jdbc:h2:file:" + restoredDir.resolve("dcr").toAbsolutePath() + ";IFEXISTS=TRUE";
        Map<String, String> after;
        try (Connection c = DriverManager.getConnection(restoredUrl, "sa", "")) {
            after = fingerprint(c);
        }
        Flyway.configure().dataSource(restoredUrl, "sa", "").locations("classpath:db/migration").load().validate();

        System.out.printf("H2 backup: %d tables, %d bytes zip, fingerprints equal: %s%n", before.size(),
                Files.size(zip), before.equals(after));
        assertThat(before).containsKeys("SITE", "BOOTH", "APP_USER", "APP_USER_ROLE", "SITE_OPENING_HOURS");
        assertThat(before.get("BOOTH")).startsWith("12 ");
        assertThat(after).isEqualTo(before);
    }

    private static void fill(Connection c) throws SQLException {
        try (PreparedStatement site = c.prepareStatement(
                "INSERT INTO site (name, city, time_zone) VALUES (?, ?, 'Europe/Berlin')", new String[] {"ID"});
             PreparedStatement hours = c.prepareStatement(
                     "INSERT INTO site_opening_hours (site_id, day_of_week, opens, closes) VALUES (?, ?, TIME '10:00', TIME '22:30')");
             PreparedStatement booth = c.prepareStatement(
                     "INSERT INTO booth (site_id, label, kind, wheelchair_accessible) VALUES (?, ?, ?, ?)")) {
            for (int s = 1; s <= 3; s++) {
                site.setString(1, "Backup Site " + s);
                site.setString(2, "Städtle " + s);
                site.executeUpdate();
                long id;
                try (ResultSet keys = site.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                for (String day : List.of("MONDAY", "WEDNESDAY", "FRIDAY")) {
                    hours.setLong(1, id);
                    hours.setString(2, day);
                    hours.executeUpdate();
                }
                for (int b = 1; b <= 4; b++) {
                    booth.setLong(1, id);
                    booth.setString(2, "K" + b);
                    booth.setString(3, b % 2 == 0 ? "INHALATION" : "INJECTION");
                    booth.setBoolean(4, b == 1);
                    booth.executeUpdate();
                }
            }
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO app_user (username, display_name, password_hash, created_at) VALUES "
                    + "('backup-user', 'Backup User', '$2a$10$abcdefghijklmnopqrstuv', TIMESTAMP WITH TIME ZONE '2026-11-29 10:15:30.123456+01:00')");
            st.executeUpdate("INSERT INTO app_user_role (user_id, role) SELECT id, 'STAFF' FROM app_user WHERE username = 'backup-user'");
        }
    }

    /** Per table: row count and SHA-256 of its rows in a total order (all columns). */
    static Map<String, String> fingerprint(Connection c) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (String table : tables) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long rows = 0;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                int n = rs.getMetaData().getColumnCount();
                List<String> lines = new ArrayList<>();
                while (rs.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        line.append(rs.getString(i)).append('\u001f');
                    }
                    lines.add(line.toString());
                    rows++;
                }
                lines.sort(null);
                lines.forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            }
            out.put(table, rows + " " + HexFormat.of().formatHex(sha.digest()));
        }
        return out;
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path out = target.resolve(e.getName()).normalize();
                assertThat(out.startsWith(target)).as("zip entry inside the target: %s", e.getName()).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out);
                    in.closeEntry();
                }
            }
        }
    }
}
