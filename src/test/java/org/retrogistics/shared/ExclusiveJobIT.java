package org.retrogistics.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two instances sharing the database run a scheduled job's round once: while one runs it, the other skips; once it
 * is done (or its instance gone), the job runs again.
 */
class ExclusiveJobIT extends ApiTestSupport {

    @Autowired
    private DataSource database;

    @Test
    void whileOneInstanceRunsAJobAnotherSkipsItAndAfterwardsItRunsAgain() throws Exception {
        String job = "test-job-" + java.util.UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> held = first.submit(() -> ExclusiveJob.run(database, job, () -> {
                runs.incrementAndGet();
                running.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

            // the "other instance" (another pooled connection, another session) finds the job taken
            assertThat(ExclusiveJob.run(database, job, runs::incrementAndGet)).isFalse();
            // a job of another name is not held back
            AtomicInteger other = new AtomicInteger();
            assertThat(ExclusiveJob.run(database, job + "-other", other::incrementAndGet))
                    .isTrue();
            assertThat(other).hasValue(1);

            release.countDown();
            assertThat(held.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(runs)
                    .as("the held round ran once, the skipped one not at all")
                    .hasValue(1);

            assertThat(ExclusiveJob.run(database, job, runs::incrementAndGet)).isTrue();
            assertThat(runs).hasValue(2);
        } finally {
            release.countDown();
            first.shutdownNow();
        }
    }

    @Test
    void aJobThatFailsReleasesItsLock() {
        String job = "failing-job-" + java.util.UUID.randomUUID();
        try {
            ExclusiveJob.run(database, job, () -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("boom");
        }
        assertThat(ExclusiveJob.run(database, job, () -> {})).isTrue();
    }
}
