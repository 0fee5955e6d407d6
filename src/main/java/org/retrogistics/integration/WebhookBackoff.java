package org.retrogistics.integration;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: exponential steps (5 s, 30 s, 2 min, ... by default), each with full jitter,
 * a wait drawn evenly between zero and the step. Jitter spreads the retries of many deliveries that failed together
 * (a receiver that was down), so they do not all return at the same moment when it comes back.
 */
public final class WebhookBackoff {

    private final List<Duration> steps;
    private final int maxAttempts;

    public WebhookBackoff(List<Duration> steps, int maxAttempts) {
        if (steps.isEmpty() || maxAttempts < 1) {
            throw new IllegalArgumentException("a backoff needs at least one step and one attempt");
        }
        this.steps = List.copyOf(steps);
        this.maxAttempts = maxAttempts;
    }

    /** Whether a delivery that has failed {@code attempts} times is given up (DEAD). */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /** The most a delivery waits after its {@code attempts}-th failure; the last step repeats. */
    public Duration cap(int attempts) {
        return steps.get(Math.min(Math.max(attempts, 1), steps.size()) - 1);
    }

    /** The wait after the {@code attempts}-th failure: random in [0, cap]. */
    public Duration delay(int attempts) {
        long cap = cap(attempts).toMillis();
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(cap + 1));
    }
}
