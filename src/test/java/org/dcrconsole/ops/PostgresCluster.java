package org.dcrconsole.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL cluster the {@code postgres} tests run on, for tests that stop it, start it or
 * call its client tools. CI exports {@code DCR_TEST_PGCTL} (full path of {@code pg_ctl}; the
 * other tools are taken from the same folder), {@code DCR_TEST_PGDATA} (the data directory) and
 * the {@code DCR_TEST_JDBC_*} variables of {@code application-test.properties}. Run as root, the
 * server tools run as the {@code postgres} user via {@code runuser}, as CI starts the cluster.
 */
final class PostgresCluster {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?]+).*");

    final Path pgCtl;
    final Path dataDir;
    final String host;
    final int port;
    final String database;
    final String user;
    final String password;

    private PostgresCluster(Map<String, String> env) {
        String url = require(env, "DCR_TEST_JDBC_URL");
        Matcher m = JDBC_URL.matcher(url);
        assertThat(m.matches()).as("DCR_TEST_JDBC_URL is a PostgreSQL URL: %s", url).isTrue();
        host = m.group(1);
        port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
        database = m.group(3);
        user = env.getOrDefault("DCR_TEST_JDBC_USER", "dcr");
        password = env.getOrDefault("DCR_TEST_JDBC_PASSWORD", "");
        pgCtl = Path.of(require(env, "DCR_TEST_PGCTL"));
        dataDir = Path.of(require(env, "DCR_TEST_PGDATA"));
    }

    /** The cluster named by the environment; fails with the missing variable's name. */
    static PostgresCluster fromEnvironment() {
        return new PostgresCluster(System.getenv());
    }

    /** Only what the client tools need: URL and credentials, no server control. */
    static PostgresCluster clientFromEnvironment() {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.putIfAbsent("DCR_TEST_PGCTL", "/usr/lib/postgresql/15/bin/pg_ctl");
        env.putIfAbsent("DCR_TEST_PGDATA", "/nonexistent");
        return new PostgresCluster(env);
    }

    private static String require(Map<String, String> env, String name) {
        String value = env.get(name);
        assertThat(value).as("environment variable %s (see docs/OPERATIONS.md, 'Tests against PostgreSQL')", name)
                .isNotBlank();
        return value;
    }

    Path tool(String name) {
        return pgCtl.resolveSibling(name);
    }

    String jdbcUrl(String db) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + db;
    }

    /** Fast shutdown: open connections are cut, as when the database server is restarted. */
    void stop() {
        run(Duration.ofSeconds(60), asServerUser(pgCtl.toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "stop"));
    }

    /**
     * Starts the cluster with the options it last ran with ({@code postmaster.opts}: port, socket
     * folder, settings), as {@code pg_ctl restart} would, and waits until it accepts connections.
     */
    void start() {
        String options = serverOptions();
        Path log = dataDir.resolve("ops-fault-test.log");
        run(Duration.ofSeconds(60), asServerUser(pgCtl.toString(), "-D", dataDir.toString(), "-l", log.toString(),
                "-w", "-o", options, "start"));
    }

    boolean isRunning() {
        return exec(Duration.ofSeconds(20), asServerUser(pgCtl.toString(), "-D", dataDir.toString(), "status")).exitCode == 0;
    }

    private String serverOptions() {
        try {
            String opts = Files.readString(dataDir.resolve("postmaster.opts")).strip();
            List<String> args = new ArrayList<>();
            // the server binary, then each argument in double quotes
            Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(opts);
            while (m.find()) {
                args.add(m.group(1));
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).equals("-D")) {
                    i++;
                    continue;
                }
                out.append(" '").append(args.get(i).replace("'", "'\\''")).append('\'');
            }
            return out.toString().strip();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read postmaster.opts in " + dataDir, e);
        }
    }

    /** Server tools run as the cluster's owner: as root that is {@code postgres} via runuser. */
    static List<String> asServerUser(String... command) {
        List<String> all = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            all.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        all.addAll(List.of(command));
        return all;
    }

    /** Runs a command (with this cluster's password in PGPASSWORD) and fails unless it exits 0. */
    String run(Duration timeout, List<String> command) {
        Result r = exec(timeout, command);
        assertThat(r.exitCode).as("%s failed:%n%s", command, r.output).isZero();
        return r.output;
    }

    Result exec(Duration timeout, List<String> command) {
        try {
            Path out = Files.createTempFile("dcr-ops-cmd", ".log");
            try {
                ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
                pb.environment().put("PGPASSWORD", password);
                Process p = pb.start();
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(command + " did not finish within " + timeout);
                }
                return new Result(p.exitValue(), Files.readString(out));
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Result(int exitCode, String output) {
    }
}
