package org.dcrconsole.base.cluster;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a background job on one console instance at a time, however many share the database.
 * On PostgreSQL the job holds a session advisory lock named after it on a connection of its own
 * for as long as it runs: the server releases the lock when the job ends or when that session
 * dies with its instance, so a crashed instance never blocks the job for good. Another instance
 * (or thread) asking meanwhile skips its run instead of waiting: every job here is a periodic
 * "bring it up to date" that the next run catches up on. On H2 (the demo, a single instance) a
 * lock inside this JVM is enough.
 */
@Component
public class ClusterSingleton {

    private static final Logger log = LoggerFactory.getLogger(ClusterSingleton.class);

    private final ClusterDatabase database;
    private final Map<String, ReentrantLock> localLocks = new ConcurrentHashMap<>();

    public ClusterSingleton(ClusterDatabase database) {
        this.database = database;
    }

    /**
     * Runs {@code job} unless it is running already, here or on another instance.
     *
     * @return true if the job ran (exceptions it throws are passed on), false if it was skipped
     *         because it was running elsewhere or the lock could not be asked for (database away)
     */
    public boolean runExclusively(String jobName, Runnable job) {
        ReentrantLock local = localLocks.computeIfAbsent(jobName, n -> new ReentrantLock());
        if (!local.tryLock()) {
            log.debug("Job {} is running in this instance already; skipped", jobName);
            return false;
        }
        try {
            return database.isPostgres() ? runHoldingAdvisoryLock(jobName, job) : runNow(job);
        } finally {
            local.unlock();
        }
    }

    private static boolean runNow(Runnable job) {
        job.run();
        return true;
    }

    private boolean runHoldingAdvisoryLock(String jobName, Runnable job) {
        long key = lockKey(jobName);
        // closing the connection ends the session, which releases the lock even if the job failed
        try (Connection connection = database.openDedicated("dcr-job-" + jobName)) {
            if (!tryLock(connection, key)) {
                log.debug("Job {} is running on another instance; skipped", jobName);
                return false;
            }
            job.run();
            return true;
        } catch (SQLException e) {
            log.warn("Job {} skipped: cluster lock not available ({})", jobName, e.getMessage());
            return false;
        }
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            s.setLong(1, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * The advisory lock's 64-bit key: from a digest of the name rather than PostgreSQL's
     * {@code hashtext}, whose values are not promised to stay the same across server versions
     * (two instances must agree on the key during an upgrade of the database).
     */
    static long lockKey(String jobName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("dcr-console/job/" + jobName).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
