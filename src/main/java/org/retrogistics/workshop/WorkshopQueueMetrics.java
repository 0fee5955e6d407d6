package org.retrogistics.workshop;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.retrogistics.shared.QueueMetrics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The workshop's open work orders and the oldest one's age (ADR 0028). The status is the second column of the
 * {@code work_order_queue} index, so this reads that index whole; cached, it runs once per {@code CachedReading.TTL}.
 */
@Component
class WorkshopQueueMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    WorkshopQueueMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        QueueMetrics.register(registry, "workshop", () -> jdbc.sql(
                        """
                        select count(*), min(created_at) from work_order
                        where status in ('OPEN', 'ASSIGNED', 'IN_PROGRESS')
                        """)
                .query(QueueMetrics.Reading::of)
                .single());
    }
}
