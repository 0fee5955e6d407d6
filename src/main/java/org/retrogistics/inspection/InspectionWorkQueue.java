package org.retrogistics.inspection;

import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.QueueMetrics;
import org.retrogistics.shared.WorkQueue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Units waiting for inspection and the oldest wait: over the partial index of waiting tasks only. */
@Component
class InspectionWorkQueue implements WorkQueue {

    private final JdbcClient jdbc;

    InspectionWorkQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "inspection";
    }

    @Override
    public QueueMetrics.Reading read(ClientId client) {
        return jdbc.sql("select count(*), min(queued_at) from inspection_task where done_at is null and client_id = ?")
                .param(client.value())
                .query(QueueMetrics.Reading::of)
                .single();
    }

    @Override
    public QueueMetrics.Reading readAll() {
        return jdbc.sql("select count(*), min(queued_at) from inspection_task where done_at is null")
                .query(QueueMetrics.Reading::of)
                .single();
    }
}
