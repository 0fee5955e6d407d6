package org.retrogistics.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes a module's event as its owner does, in a transaction of its own, so the listeners in the publishing
 * transaction (ADR 0022) run with it; then waits until the listeners it started through the event publication registry
 * have finished for the unit, so the next event does not race them and none is left behind for other tests.
 */
public final class PublishingAsTheOwner {

    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    public PublishingAsTheOwner(TransactionTemplate tx, ApplicationEventPublisher events, JdbcClient jdbc) {
        this.tx = tx;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Publishes the events in one transaction and waits for what they set off on the unit to complete. */
    public void publish(UUID unitId, Object... published) {
        tx.executeWithoutResult(status -> {
            for (Object event : published) {
                events.publishEvent(event);
            }
        });
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql(
                                        """
                                        select count(*) from event_publication
                                        where completion_date is null and serialized_event like :unit
                                        """)
                                .param("unit", "%" + unitId + "%")
                                .query(Long.class)
                                .single()
                        == 0);
    }
}
