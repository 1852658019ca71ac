package org.dcrconsole.booth;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Consumer;
import org.dcrconsole.base.cluster.ClusterDatabase;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Carries board changes between console instances on one PostgreSQL through its own
 * LISTEN/NOTIFY, so no broker is needed. Sending is a {@code pg_notify} inside the transaction
 * that made the change: PostgreSQL delivers it on commit only, in commit order, and never for a
 * rollback, and a crash between commit and notify cannot lose it (as a NOTIFY sent after commit
 * could). Receiving is one connection per instance, outside the pool, in a daemon thread that
 * waits on {@link PGConnection#getNotifications(int)}; it comes back after a database restart
 * (backing off up to {@value #MAX_BACKOFF_MS} ms) and then asks every open screen to refresh
 * in full, because notifications sent while it was away are lost.
 *
 * <p>A notification holds ids only: {@code instance;site;KIND;booth} (the booth may be empty).
 * The instance id is random per start; an instance skips its own notifications, which its
 * screens have had from the in-process path already. The kind travels by name: a kind this
 * version does not know (sent by a newer instance during a rolling upgrade) is ignored.
 * On H2 (the demo, one instance) none of this runs.
 */
@Component
class BoardRelay {

    private static final Logger log = LoggerFactory.getLogger(BoardRelay.class);
    static final String CHANNEL = "dcr_board";
    static final String APPLICATION_NAME = "dcr-board-listener";
    static final long MIN_BACKOFF_MS = 250;
    static final long MAX_BACKOFF_MS = 5_000;
    /** How long one wait for notifications lasts; between waits the connection is checked. */
    static final int POLL_MS = 5_000;

    private final ClusterDatabase database;
    private final JdbcTemplate jdbc;
    private final boolean enabled;
    private final String instanceId = UUID.randomUUID().toString().substring(0, 8);
    private volatile @Nullable Consumer<BoardChange> receiver;
    private volatile @Nullable Runnable resync;
    private volatile boolean running;
    private volatile boolean listening;
    private volatile @Nullable Thread thread;
    private volatile @Nullable Connection connection;

    BoardRelay(ClusterDatabase database, JdbcTemplate jdbc, @Value("${dcr.cluster.push:true}") boolean enabled) {
        this.database = database;
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    boolean active() {
        return enabled && database.isPostgres();
    }

    /** Whether the listening connection is up (for tests and the benchmark). */
    boolean listening() {
        return listening;
    }

    String instanceId() {
        return instanceId;
    }

    /** Where received changes go, and what to do after a reconnect (refresh every screen). */
    void connect(Consumer<BoardChange> receiver, Runnable resync) {
        this.receiver = receiver;
        this.resync = resync;
    }

    /** Announces a change to the other instances; runs in the changing transaction, if any. */
    void send(BoardChange change) {
        if (!active()) {
            return;
        }
        String payload = instanceId + ";" + change.siteId() + ";" + change.kind().name() + ";"
                + (change.boothId() == null ? "" : change.boothId());
        jdbc.query("SELECT pg_notify(?, ?)", rs -> null, CHANNEL, payload);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!active() || running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("board-relay-" + instanceId).start(this::listenForever);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        closeQuietly(connection);
    }

    private void listenForever() {
        long backoff = MIN_BACKOFF_MS;
        while (running) {
            try (Connection c = database.openDedicated(APPLICATION_NAME)) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                backoff = MIN_BACKOFF_MS;
                log.info("Board relay {} listening on channel {}", instanceId, CHANNEL);
                // whatever other instances sent while this one was not listening is lost
                Runnable r = resync;
                if (r != null) {
                    r.run();
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MS);
                    if (notifications == null || notifications.length == 0) {
                        // a silent network can leave the socket open; ask the server
                        if (!c.isValid(2)) {
                            throw new SQLException("listening connection no longer valid");
                        }
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        received(n.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Board relay {} lost its listening connection ({}); retrying in {} ms",
                            instanceId, e.getMessage(), backoff);
                }
            } finally {
                listening = false;
                connection = null;
            }
            if (!running) {
                return;
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                return;
            }
            backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
        }
    }

    /** One notification from the channel; malformed ones and unknown kinds are dropped. */
    void received(String payload) {
        BoardChange change = parse(payload, instanceId);
        Consumer<BoardChange> r = receiver;
        if (change != null && r != null) {
            log.debug("Board relay {} delivers {} of site {}", instanceId, change.kind(), change.siteId());
            r.accept(change);
        }
    }

    /** The change a payload announces, or null if it is this instance's own, malformed or of an unknown kind. */
    static @Nullable BoardChange parse(String payload, String ownInstance) {
        String[] parts = payload.split(";", -1);
        if (parts.length != 4 || parts[0].equals(ownInstance)) {
            return null;
        }
        try {
            long siteId = Long.parseLong(parts[1]);
            BoardChange.Kind kind = BoardChange.Kind.valueOf(parts[2]);
            Long boothId = parts[3].isEmpty() ? null : Long.valueOf(parts[3]);
            return new BoardChange(siteId, kind, boothId);
        } catch (IllegalArgumentException e) {
            log.debug("Board relay ignored a notification it does not understand: {}", payload);
            return null;
        }
    }

    private static void closeQuietly(@Nullable Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                log.debug("closing the listening connection: {}", e.getMessage());
            }
        }
    }
}
