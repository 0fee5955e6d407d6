package org.retrogistics.returns;

import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.QueueMetrics;
import org.retrogistics.shared.WorkQueue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Returns waiting for an agent's review, and since when the longest-waiting one. */
@Component
class ReviewWorkQueue implements WorkQueue {

    private final JdbcClient jdbc;

    ReviewWorkQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "review";
    }

    @Override
    public QueueMetrics.Reading read(ClientId client) {
        return jdbc.sql(
                        "select count(*), min(requested_at) from return_request where client_id = ? and status = 'UNDER_REVIEW'")
                .param(client.value())
                .query(QueueMetrics.Reading::of)
                .single();
    }

    @Override
    public QueueMetrics.Reading readAll() {
        return jdbc.sql("select count(*), min(requested_at) from return_request where status = 'UNDER_REVIEW'")
                .query(QueueMetrics.Reading::of)
                .single();
    }
}
