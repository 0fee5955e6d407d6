package org.retrogistics.shared;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A work queue's gauges (ADR 0028), the same for every queue a module keeps: {@value #SIZE} (items waiting) and
 * {@value #OLDEST_AGE} (seconds the oldest has waited, 0 when none), both tagged {@code queue}. The module reads its
 * own table; the reading is cached ({@link CachedReading}), the age is counted at each scrape.
 */
public final class QueueMetrics {

    public static final String SIZE = "retrogistics.queue.size";
    public static final String OLDEST_AGE = "retrogistics.queue.oldest.age";

    /** Items waiting and when the oldest of them came in (null: none). */
    public record Reading(long size, Instant oldest) {

        /** Maps {@code select count(*), min(<timestamp>)}. */
        public static Reading of(ResultSet rs, int row) throws SQLException {
            Timestamp oldest = rs.getTimestamp(2);
            return new Reading(rs.getLong(1), oldest == null ? null : oldest.toInstant());
        }

        /** Seconds the oldest item has waited until now; 0 when none waits. */
        public double ageSeconds() {
            return oldest == null
                    ? 0
                    : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
        }
    }

    private QueueMetrics() {}

    public static void register(MeterRegistry registry, String queue, Supplier<Reading> read) {
        CachedReading<Reading> reading = CachedReading.of(read);
        Gauge.builder(SIZE, reading, r -> r.get().size())
                .description("Items waiting in a work queue")
                .tag("queue", queue)
                .strongReference(true)
                .register(registry);
        Gauge.builder(OLDEST_AGE, reading, r -> r.get().ageSeconds())
                .description("How long the oldest item of a work queue has waited")
                .tag("queue", queue)
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
    }
}
