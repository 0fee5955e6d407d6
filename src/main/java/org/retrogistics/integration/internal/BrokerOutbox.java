package org.retrogistics.integration.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The broker's outbox (ADR 0029): one row per event, PENDING until the broker confirms it. A claim locks due rows with
 * {@code for update skip locked} and moves their due time past a lease, like the webhook {@link DeliveryQueue}:
 * publishers on several instances take different rows without waiting, and no lock is held while the broker is
 * called; a publisher that dies leaves its rows to come back when the lease ends.
 */
@Repository
public class BrokerOutbox {

    private final JdbcClient jdbc;

    BrokerOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A claimed message with what publishing it takes. */
    record Claimed(UUID id, String messageId, UUID clientId, String type, String payload, int attempts) {}

    /** Writes a message, due now; one with the same id (its listener ran again) is not written twice. */
    int add(UUID client, String type, String messageId, String payload) {
        return jdbc.sql(
                        """
                        insert into broker_message (id, message_id, client_id, event_type, payload, status, attempts,
                          next_attempt_at, created_at)
                        values (gen_random_uuid(), :message, :client, :type, :payload, 'PENDING', 0, now(), now())
                        on conflict (message_id) do nothing
                        """)
                .param("message", messageId)
                .param("client", client)
                .param("type", type)
                .param("payload", payload)
                .update();
    }

    @Transactional
    List<Claimed> claim(int limit, Duration lease) {
        return jdbc.sql(
                        """
                        with due as (
                          select id from broker_message
                          where status = 'PENDING' and next_attempt_at <= now()
                          order by next_attempt_at
                          limit :limit
                          for update skip locked)
                        update broker_message m set next_attempt_at = now() + make_interval(secs => :lease)
                        from due where m.id = due.id
                        returning m.id, m.message_id, m.client_id, m.event_type, m.payload, m.attempts
                        """)
                .param("limit", limit)
                .param("lease", lease.toMillis() / 1000.0)
                .query((rs, n) -> new Claimed(
                        rs.getObject("id", UUID.class),
                        rs.getString("message_id"),
                        rs.getObject("client_id", UUID.class),
                        rs.getString("event_type"),
                        rs.getString("payload"),
                        rs.getInt("attempts")))
                .list();
    }

    /** The broker confirmed the message. */
    void sent(UUID id) {
        jdbc.sql(
                        """
                        update broker_message set status = 'SENT', attempts = attempts + 1, sent_at = now(),
                          last_error = null
                        where id = ?
                        """)
                .params(id)
                .update();
    }

    /** Not confirmed (refused, no answer in time, the broker away): due again after {@code wait}. */
    void retry(UUID id, String error, Duration wait) {
        jdbc.sql(
                        """
                        update broker_message set attempts = attempts + 1, last_error = :error,
                          next_attempt_at = now() + make_interval(secs => :wait)
                        where id = :id
                        """)
                .param("error", error)
                .param("wait", wait.toMillis() / 1000.0)
                .param("id", id)
                .update();
    }

    /** Forgets messages confirmed longer ago than {@code keep}; answers how many. */
    int purgeSent(Duration keep) {
        return jdbc.sql(
                        "delete from broker_message where status = 'SENT' and sent_at < now() - make_interval(secs => ?)")
                .params(keep.toMillis() / 1000.0)
                .update();
    }
}
