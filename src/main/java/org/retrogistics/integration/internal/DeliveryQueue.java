package org.retrogistics.integration.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatcher's side of the deliveries: claiming due ones and recording what became of them. A claim locks the
 * due rows with {@code for update skip locked}, so senders on several instances each take different rows without
 * waiting for each other, and moves each row's due time past a lease: the row is the sender's until then, with no lock
 * held while it calls the receiver. A sender that dies leaves its rows to be claimed again when the lease ends.
 */
@Repository
class DeliveryQueue {

    private final JdbcClient jdbc;

    DeliveryQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A claimed delivery with what sending it takes; {@code previousSecret} only while it still signs. */
    record Claimed(
            UUID id,
            UUID subscriptionId,
            String messageId,
            String payload,
            int attempts,
            String url,
            String secret,
            String previousSecret) {}

    @Transactional
    List<Claimed> claim(int limit, Duration lease) {
        return jdbc.sql(
                        """
                        with due as (
                          select d.id from webhook_delivery d
                          join webhook_subscription s on s.id = d.subscription_id
                          where d.status = 'PENDING' and d.next_attempt_at <= now() and s.enabled
                          order by d.next_attempt_at
                          limit :limit
                          for update of d skip locked)
                        update webhook_delivery d set next_attempt_at = now() + make_interval(secs => :lease)
                        from due, webhook_subscription s
                        where d.id = due.id and s.id = d.subscription_id
                        returning d.id, d.subscription_id, d.message_id, d.payload, d.attempts, s.url, s.secret,
                          case when s.previous_expires_at > now() then s.previous_secret end as previous_secret
                        """)
                .param("limit", limit)
                .param("lease", lease.toMillis() / 1000.0)
                .query((rs, n) -> new Claimed(
                        rs.getObject("id", UUID.class),
                        rs.getObject("subscription_id", UUID.class),
                        rs.getString("message_id"),
                        rs.getString("payload"),
                        rs.getInt("attempts"),
                        rs.getString("url"),
                        rs.getString("secret"),
                        rs.getString("previous_secret")))
                .list();
    }

    /** What one attempt found: the receiver's status (null when none came) or the error, and how long it took. */
    record Attempt(int number, Instant at, Integer statusCode, String error, long durationMillis) {
        boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /**
     * Logs the attempt and moves the delivery on: DELIVERED on a 2xx answer, DEAD when {@code retryIn} is null, else
     * due again after {@code retryIn}.
     */
    @Transactional
    void record(UUID id, Attempt a, Duration retryIn) {
        jdbc.sql(
                        """
                        insert into webhook_attempt (delivery_id, attempt, at, status_code, error, duration_ms)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing
                        """)
                .params(id, a.number(), Timestamp.from(a.at()), a.statusCode(), a.error(), a.durationMillis())
                .update();
        String status = a.succeeded() ? "DELIVERED" : retryIn == null ? "DEAD" : "PENDING";
        jdbc.sql(
                        """
                        update webhook_delivery
                        set status = :status, attempts = :attempt, last_status = :code, last_error = :error,
                          delivered_at = case when :status = 'DELIVERED' then now() end,
                          next_attempt_at = now() + make_interval(secs => :retry)
                        where id = :id
                        """)
                .param("status", status)
                .param("attempt", a.number())
                .param("code", a.statusCode())
                .param("error", a.error())
                .param("retry", retryIn == null ? 0.0 : retryIn.toMillis() / 1000.0)
                .param("id", id)
                .update();
    }

    /** Not attempted (the subscription's circuit is open): due again after {@code wait}, its attempts unchanged. */
    void defer(UUID id, Duration wait) {
        jdbc.sql("update webhook_delivery set next_attempt_at = now() + make_interval(secs => ?) where id = ?")
                .params(wait.toMillis() / 1000.0, id)
                .update();
    }
}
