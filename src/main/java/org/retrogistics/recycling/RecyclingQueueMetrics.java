package org.retrogistics.recycling;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.retrogistics.shared.QueueMetrics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Recycling batches not yet closed (being filled or on their way) and the oldest one's age (ADR 0028). */
@Component
class RecyclingQueueMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    RecyclingQueueMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        // a batch row per batch, not per unit: a small table
        QueueMetrics.register(registry, "recycling", () -> jdbc.sql(
                        "select count(*), min(created_at) from recycling_batch where status in ('OPEN', 'SHIPPED')")
                .query(QueueMetrics.Reading::of)
                .single());
    }
}
