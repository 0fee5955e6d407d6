package org.retrogistics.refunds;

import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.QueueMetrics;
import org.retrogistics.shared.WorkQueue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Money that waits for a person: movements held for review or failed at the payment provider, and since when the
 * oldest. Read over the {@code money_movement_client_status} index.
 */
@Component
class RefundWorkQueue implements WorkQueue {

    private static final String WAITING = "status in ('HELD', 'FAILED')";

    private final JdbcClient jdbc;

    RefundWorkQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "refunds";
    }

    @Override
    public QueueMetrics.Reading read(ClientId client) {
        return jdbc.sql("select count(*), min(created_at) from money_movement where client_id = ? and " + WAITING)
                .param(client.value())
                .query(QueueMetrics.Reading::of)
                .single();
    }

    @Override
    public QueueMetrics.Reading readAll() {
        return jdbc.sql("select count(*), min(created_at) from money_movement where " + WAITING)
                .query(QueueMetrics.Reading::of)
                .single();
    }
}
