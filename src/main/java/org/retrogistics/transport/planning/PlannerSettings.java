package org.retrogistics.transport.planning;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to search. The search stops at the time limit or after {@code maxIterations}, whichever comes first; with
 * the same seed and an iteration limit reached before the time limit the plan is the same on every run.
 */
public record PlannerSettings(Duration timeLimit, long maxIterations, long seed) {

    public PlannerSettings {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero())
            throw new IllegalArgumentException("time limit must be positive");
        if (maxIterations <= 0) throw new IllegalArgumentException("maxIterations must be positive");
    }

    public static PlannerSettings timeLimited(Duration timeLimit) {
        return new PlannerSettings(timeLimit, Long.MAX_VALUE, 1);
    }
}
