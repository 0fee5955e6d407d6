package org.retrogistics.inspection;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.retrogistics.shared.QueueMetrics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The inspection queue's size and oldest wait (ADR 0028): over the partial index of waiting tasks only. */
@Component
class InspectionQueueMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    InspectionQueueMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        QueueMetrics.register(registry, "inspection", () -> jdbc.sql(
                        "select count(*), min(queued_at) from inspection_task where done_at is null")
                .query(QueueMetrics.Reading::of)
                .single());
    }
}
