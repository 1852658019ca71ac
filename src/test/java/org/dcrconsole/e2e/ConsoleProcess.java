package org.dcrconsole.e2e;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The production jar built by {@code package}, started as a child process the way an operator
 * starts it ({@code java -jar}), in demo mode on a free port with a fresh H2 file database in a
 * temporary folder. Its output goes to {@code target/e2e-server.log}. {@link #close()} always
 * stops it (SIGTERM, then kill after a grace period) and removes the database.
 */
final class ConsoleProcess implements AutoCloseable {

    /** Startup on a shared two-core machine (Spring, Flyway, the demo generator) can be slow. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(10);

    private final Process process;
    private final Path dataDir;
    private final Thread shutdownHook;
    final int port;

    private ConsoleProcess(Process process, Path dataDir, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.port = port;
        this.shutdownHook = new Thread(this::stop, "e2e-console-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    static ConsoleProcess start() throws IOException, InterruptedException {
        Path jar = jar();
        int port = freePort();
        Path dataDir = Files.createTempDirectory("dcr-e2e-");
        Path log = Path.of("target", "e2e-server.log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m");
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.add("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("e2e") + ";DB_CLOSE_ON_EXIT=FALSE");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        ConsoleProcess console = new ConsoleProcess(builder.start(), dataDir, port);
        try {
            console.awaitReady(log);
        } catch (IOException | InterruptedException | RuntimeException e) {
            console.close();
            throw e;
        }
        return console;
    }

    String url(String route) {
        return "http://localhost:" + port + "/" + route;
    }

    /**
     * Polls the readiness probe until it answers 200 (UP): the sign-in page answers earlier, while
     * the demo is still being generated, and a journey must not start on half a demo. Fails at
     * once when the process dies.
     */
    private void awaitReady(Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The console exited with " + process.exitValue()
                        + " during startup; see " + log.toAbsolutePath());
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url("actuator/health/readiness")).toURL().openConnection();
                c.setConnectTimeout(2000);
                c.setReadTimeout(30000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The console was not ready within " + STARTUP_TIMEOUT + "; see "
                + log.toAbsolutePath());
    }

    /** The jar named by the build (system property e2e.jar), else the one repackaged jar in target/. */
    private static Path jar() throws IOException {
        String configured = System.getProperty("e2e.jar");
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            if (Files.isRegularFile(p)) {
                return p.toAbsolutePath();
            }
            throw new IllegalStateException("e2e.jar " + p + " does not exist; run `./mvnw package` first");
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("dcr-console-.*\\.jar"))
                    .findFirst().map(Path::toAbsolutePath)
                    .orElseThrow(() -> new IllegalStateException("No target/dcr-console-*.jar; run `./mvnw package` first"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private void stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }
}
