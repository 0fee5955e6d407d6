package org.retrogistics.workshop;

import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.QueueMetrics;
import org.retrogistics.shared.WorkQueue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The workshop's open work orders and the oldest one's age. The status is the second column of the
 * {@code work_order_queue} index, so the reading of every client reads that index whole, once per cached interval.
 */
@Component
class WorkshopWorkQueue implements WorkQueue {

    private static final String OPEN = "status in ('OPEN', 'ASSIGNED', 'IN_PROGRESS')";

    private final JdbcClient jdbc;

    WorkshopWorkQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "workshop";
    }

    @Override
    public QueueMetrics.Reading read(ClientId client) {
        return jdbc.sql("select count(*), min(created_at) from work_order where client_id = ? and " + OPEN)
                .param(client.value())
                .query(QueueMetrics.Reading::of)
                .single();
    }

    @Override
    public QueueMetrics.Reading readAll() {
        return jdbc.sql("select count(*), min(created_at) from work_order where " + OPEN)
                .query(QueueMetrics.Reading::of)
                .single();
    }
}
