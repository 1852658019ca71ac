package org.dcrconsole.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dcrconsole.DcrSpringBootTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * A job runs on one instance at a time: a second start while it runs is skipped, and the lock
 * goes with the job's end. On PostgreSQL "another instance" is a second {@link ClusterSingleton}
 * with its own connections, which is all the database can tell of an instance.
 */
@DcrSpringBootTest
@Tag("db")
class ClusterSingletonTest {

    @Autowired
    ClusterSingleton singleton;
    @Autowired
    Environment env;

    @Test
    void a_job_started_again_while_it_runs_is_skipped_and_runs_again_afterwards() throws Exception {
        assertSecondStartSkipped(singleton, singleton, "test-same-instance");
    }

    @Test
    @Tag("postgres")
    void two_instances_on_one_database_never_run_the_job_at_once() throws Exception {
        ClusterSingleton otherInstance = new ClusterSingleton(new ClusterDatabase(env));
        assertSecondStartSkipped(singleton, otherInstance, "test-two-instances");
    }

    @Test
    @Tag("postgres")
    void an_instance_that_dies_while_running_the_job_leaves_it_free() throws Exception {
        ClusterDatabase database = new ClusterDatabase(env);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> dying = CompletableFuture.supplyAsync(() -> singleton.runExclusively("test-dying",
                () -> {
                    started.countDown();
                    await(release);
                }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        try (Connection admin = database.openDedicated("test-admin"); Statement s = admin.createStatement()) {
            s.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'dcr-job-test-dying'").close();
            // the server ends the session a moment after the signal
            Thread.sleep(500);
        }
        AtomicInteger runs = new AtomicInteger();
        assertThat(new ClusterSingleton(database).runExclusively("test-dying", runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
        release.countDown();
        dying.get(10, TimeUnit.SECONDS);
    }

    @Test
    void different_jobs_do_not_exclude_each_other() {
        AtomicInteger inner = new AtomicInteger();
        boolean ran = singleton.runExclusively("test-outer",
                () -> assertThat(singleton.runExclusively("test-inner", inner::incrementAndGet)).isTrue());
        assertThat(ran).isTrue();
        assertThat(inner).hasValue(1);
    }

    @Test
    void lock_keys_differ_by_job_and_stay_the_same_across_starts() {
        assertThat(ClusterSingleton.lockKey("visit-rollup-warmer")).isEqualTo(ClusterSingleton.lockKey("visit-rollup-warmer"))
                .isNotEqualTo(ClusterSingleton.lockKey("retention"));
    }

    private static void assertSecondStartSkipped(ClusterSingleton first, ClusterSingleton second, String job) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        CompletableFuture<Boolean> running = CompletableFuture.supplyAsync(() -> first.runExclusively(job, () -> {
            runs.incrementAndGet();
            started.countDown();
            await(release);
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(second.runExclusively(job, runs::incrementAndGet)).as("second start while running").isFalse();
        assertThat(runs).hasValue(1);

        release.countDown();
        assertThat(running.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.runExclusively(job, runs::incrementAndGet)).as("start after the first ended").isTrue();
        assertThat(runs).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
