package org.retrogistics.web.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.retrogistics.shared.CachedReading;
import org.retrogistics.shared.QueueMetrics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox (Spring Modulith's event publication registry) behind the listeners: {@code retrogistics.outbox.incomplete}
 * publications not yet completed and {@code retrogistics.outbox.lag}, the seconds the oldest of them has waited (0 when
 * none). Completed rows are kept with their completion date, so this reads the {@code completion_date} index where it
 * is null: the incomplete rows only.
 */
@Component
class OutboxMetrics implements MeterBinder {

    static final String INCOMPLETE = "retrogistics.outbox.incomplete";
    static final String LAG = "retrogistics.outbox.lag";

    private final JdbcClient jdbc;

    OutboxMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        CachedReading<QueueMetrics.Reading> reading = CachedReading.of(() -> jdbc.sql(
                        """
                        select count(*), min(publication_date) from event_publication where completion_date is null
                        """)
                .query(QueueMetrics.Reading::of)
                .single());
        Gauge.builder(INCOMPLETE, reading, r -> r.get().size())
                .description("Event publications not completed yet")
                .strongReference(true)
                .register(registry);
        Gauge.builder(LAG, reading, r -> r.get().ageSeconds())
                .description("How long the oldest incomplete event publication has waited")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
    }
}
