package org.retrogistics.shared;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A reading (a small query behind a metrics gauge) taken at most once per {@code ttl}: a scrape reads several gauges
 * of one reading, and scrapers come often, so the database answers once per period, not once per gauge and scrape. A
 * failed read is not kept: the next one tries again.
 */
public final class CachedReading<T> implements Supplier<T> {

    /** How long a reading stands: a scrape interval is typically 15 to 60 seconds. */
    public static final Duration TTL = Duration.ofSeconds(10);

    private final Supplier<T> read;
    private final long ttlNanos;
    private T value;
    private long takenAt;

    private CachedReading(Supplier<T> read, Duration ttl) {
        this.read = read;
        this.ttlNanos = ttl.toNanos();
    }

    public static <T> CachedReading<T> of(Supplier<T> read) {
        return new CachedReading<>(read, TTL);
    }

    public static <T> CachedReading<T> of(Supplier<T> read, Duration ttl) {
        return new CachedReading<>(read, ttl);
    }

    @Override
    public synchronized T get() {
        long now = System.nanoTime();
        if (value == null || now - takenAt >= ttlNanos) {
            value = read.get();
            takenAt = now;
        }
        return value;
    }
}
