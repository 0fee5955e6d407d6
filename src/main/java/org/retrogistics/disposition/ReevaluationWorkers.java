package org.retrogistics.disposition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a re-evaluation's drain on {@code reevaluation-threads} workers side by side: the calling thread and helpers
 * from the {@link ReevaluationPool} pool. Each worker takes batches until none is left, so the caller alone
 * finishes the pass if no helper gets a thread (the pool busy with other passes, or closing).
 */
@Component
class ReevaluationWorkers {

    private final AsyncTaskExecutor pool;
    private final int workers;
    private final TransactionTemplate batches;

    ReevaluationWorkers(
            @Qualifier(ReevaluationPool.NAME) AsyncTaskExecutor pool,
            DispositionSettings settings,
            PlatformTransactionManager transactions) {
        this.pool = pool;
        this.workers = settings.reevaluationThreads();
        this.batches = new TransactionTemplate(transactions);
        // a re-evaluation runs inside its listener's transaction; each batch commits on its own all the same, so
        // that progress shows and a crash loses at most the batches in flight
        this.batches.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Transactions of their own, one per batch (and per progress record), whatever surrounds the caller. */
    TransactionTemplate batches() {
        return batches;
    }

    /** A helper's work on the pool; whoever claims it first, the helper when it starts or the caller when done, owns it. */
    private record Helper(AtomicBoolean claimed, Future<?> work) {}

    /** Runs {@code drain} on every worker and waits for all; a failure of any is thrown, the others suppressed. */
    void sideBySide(Runnable drain, String what) {
        List<Helper> helpers = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int i = 1; i < workers; i++) {
            AtomicBoolean claimed = new AtomicBoolean();
            try {
                Future<?> work = pool.submit(() -> {
                    if (claimed.compareAndSet(false, true)) {
                        drain.run();
                    }
                    return null;
                });
                helpers.add(new Helper(claimed, work));
            } catch (TaskRejectedException full) {
                break; // the pool is full or closing: the caller drains what a helper would have
            }
        }
        try {
            drain.run();
        } catch (RuntimeException | Error e) {
            failures.add(e);
        }
        for (Helper helper : helpers) {
            if (helper.claimed().compareAndSet(false, true)) {
                continue; // still queued: nothing is left to hand out, so it will not run
            }
            try {
                helper.work().get();
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            RuntimeException failed = new IllegalStateException(what + " failed", failures.get(0));
            failures.stream().skip(1).forEach(failed::addSuppressed);
            throw failed;
        }
    }
}
