package org.retrogistics.recycling;

import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.QueueMetrics;
import org.retrogistics.shared.WorkQueue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Recycling batches not yet closed (being filled or on their way) and the oldest one's age: a row per batch. */
@Component
class RecyclingWorkQueue implements WorkQueue {

    private static final String OPEN = "status in ('OPEN', 'SHIPPED')";

    private final JdbcClient jdbc;

    RecyclingWorkQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "recycling";
    }

    @Override
    public QueueMetrics.Reading read(ClientId client) {
        return jdbc.sql("select count(*), min(created_at) from recycling_batch where client_id = ? and " + OPEN)
                .param(client.value())
                .query(QueueMetrics.Reading::of)
                .single();
    }

    @Override
    public QueueMetrics.Reading readAll() {
        return jdbc.sql("select count(*), min(created_at) from recycling_batch where " + OPEN)
                .query(QueueMetrics.Reading::of)
                .single();
    }
}
