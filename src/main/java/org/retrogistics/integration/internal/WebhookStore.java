package org.retrogistics.integration.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.retrogistics.integration.DeliveryStatus;
import org.retrogistics.integration.WebhookDelivery;
import org.retrogistics.integration.WebhookSubscription;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subscriptions, deliveries and attempts, in SQL; every read and change of a client's rows names the client. */
@Repository
public class WebhookStore {

    private static final String SUBSCRIPTION =
            """
            id, url, event_types, description, enabled, created_at, created_by,
            case when previous_expires_at > now() then previous_expires_at end as previous_until
            """;
    private static final String DELIVERY =
            """
            id, subscription_id, message_id, event_type, status, attempts, next_attempt_at, created_at, delivered_at,
            last_status, last_error, replay_of, payload
            """;

    private final JdbcClient jdbc;

    WebhookStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A subscription as written: its fields checked, its secret made. */
    public record NewSubscription(
            UUID id, ClientId client, String url, List<String> types, String description, boolean enabled) {}

    public void insert(NewSubscription s, String secret, String by) {
        jdbc.sql(
                        """
                        insert into webhook_subscription (id, client_id, url, event_types, description, enabled,
                          secret, created_at, created_by)
                        values (:id, :client, :url, cast(:types as text[]), :description, :enabled, :secret, now(), :by)
                        """)
                .param("id", s.id())
                .param("client", s.client().value())
                .param("url", s.url())
                .param("types", s.types().toArray(String[]::new))
                .param("description", s.description())
                .param("enabled", s.enabled())
                .param("secret", secret)
                .param("by", by)
                .update();
    }

    public boolean update(NewSubscription s) {
        return jdbc.sql(
                                """
                        update webhook_subscription
                        set url = :url, event_types = cast(:types as text[]), description = :description,
                          enabled = :enabled, version = version + 1
                        where id = :id and client_id = :client
                        """)
                        .param("id", s.id())
                        .param("client", s.client().value())
                        .param("url", s.url())
                        .param("types", s.types().toArray(String[]::new))
                        .param("description", s.description())
                        .param("enabled", s.enabled())
                        .update()
                == 1;
    }

    public boolean delete(ClientId client, UUID id) {
        return jdbc.sql("delete from webhook_subscription where id = ? and client_id = ?")
                        .params(id, client.value())
                        .update()
                == 1;
    }

    /** The new secret signs from now on; the one it replaces signs beside it for {@code grace}. */
    public boolean rotate(ClientId client, UUID id, String secret, Duration grace) {
        return jdbc.sql(
                                """
                        update webhook_subscription
                        set previous_secret = secret, previous_expires_at = now() + make_interval(secs => :grace),
                          secret = :secret, version = version + 1
                        where id = :id and client_id = :client
                        """)
                        .param("grace", grace.toMillis() / 1000.0)
                        .param("secret", secret)
                        .param("id", id)
                        .param("client", client.value())
                        .update()
                == 1;
    }

    public List<WebhookSubscription> list(ClientId client) {
        return jdbc.sql("select " + SUBSCRIPTION + " from webhook_subscription where client_id = ? order by created_at")
                .params(client.value())
                .query((rs, n) -> subscription(rs))
                .list();
    }

    public Optional<WebhookSubscription> find(ClientId client, UUID id) {
        return jdbc.sql("select " + SUBSCRIPTION + " from webhook_subscription where id = ? and client_id = ?")
                .params(id, client.value())
                .query((rs, n) -> subscription(rs))
                .optional();
    }

    /** The public names of the event types a client's enabled subscriptions ask for. */
    public Set<String> subscribedTypes(UUID client) {
        return new TreeSet<>(jdbc.sql(
                        "select distinct unnest(event_types) from webhook_subscription where client_id = ? and enabled")
                .params(client)
                .query(String.class)
                .list());
    }

    /**
     * One delivery of the message for each of the client's enabled subscriptions to its type; a message already
     * written for a subscription (its listener ran again) is not written twice. Answers how many were written.
     */
    public int enqueue(UUID client, String type, String messageId, String payload) {
        return jdbc.sql(
                        """
                        insert into webhook_delivery (id, subscription_id, client_id, message_id, event_type, payload,
                          status, attempts, next_attempt_at, created_at)
                        select gen_random_uuid(), s.id, s.client_id, :message, :type, :payload, 'PENDING', 0, now(), now()
                        from webhook_subscription s
                        where s.client_id = :client and s.enabled and :type = any(s.event_types)
                        on conflict (subscription_id, message_id) where replay_of is null do nothing
                        """)
                .param("client", client)
                .param("type", type)
                .param("message", messageId)
                .param("payload", payload)
                .update();
    }

    public PageOf<WebhookDelivery> deliveries(ClientId client, UUID subscription, int page, int size) {
        long total = jdbc.sql("select count(*) from webhook_delivery where subscription_id = ? and client_id = ?")
                .params(subscription, client.value())
                .query(Long.class)
                .single();
        List<WebhookDelivery> content = jdbc.sql("select " + DELIVERY
                        + " from webhook_delivery where subscription_id = ? and client_id = ?"
                        + " order by created_at desc, id limit ? offset ?")
                .params(subscription, client.value(), size, (long) page * size)
                .query((rs, n) -> delivery(rs))
                .list();
        return PageOf.of(content, page, size, total);
    }

    /** One delivery with its attempt log. */
    public Optional<WebhookDelivery> delivery(ClientId client, UUID subscription, UUID id) {
        return jdbc.sql("select " + DELIVERY
                        + " from webhook_delivery where id = ? and subscription_id = ? and client_id = ?")
                .params(id, subscription, client.value())
                .query((rs, n) -> delivery(rs))
                .optional()
                .map(d -> d.withAttempts(jdbc.sql(
                                """
                                select attempt, at, status_code, error, duration_ms from webhook_attempt
                                where delivery_id = ? order by attempt
                                """)
                        .params(id)
                        .query((rs, n) -> new WebhookDelivery.Attempt(
                                rs.getInt("attempt"),
                                rs.getTimestamp("at").toInstant(),
                                (Integer) rs.getObject("status_code"),
                                rs.getString("error"),
                                rs.getLong("duration_ms")))
                        .list()));
    }

    /** A new delivery of the same message (same id and body), due now; empty when there is no such delivery. */
    public Optional<UUID> replay(ClientId client, UUID subscription, UUID id) {
        UUID replay = UUID.randomUUID();
        int written = jdbc.sql(
                        """
                        insert into webhook_delivery (id, subscription_id, client_id, message_id, event_type, payload,
                          status, attempts, next_attempt_at, created_at, replay_of)
                        select :replay, subscription_id, client_id, message_id, event_type, payload, 'PENDING', 0,
                          now(), now(), id
                        from webhook_delivery where id = :id and subscription_id = :subscription and client_id = :client
                        """)
                .param("replay", replay)
                .param("id", id)
                .param("subscription", subscription)
                .param("client", client.value())
                .update();
        return written == 1 ? Optional.of(replay) : Optional.empty();
    }

    private static WebhookSubscription subscription(ResultSet rs) throws SQLException {
        Array types = rs.getArray("event_types");
        Timestamp previous = rs.getTimestamp("previous_until");
        return new WebhookSubscription(
                rs.getObject("id", UUID.class),
                rs.getString("url"),
                List.of((String[]) types.getArray()),
                rs.getString("description"),
                rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                previous == null ? null : previous.toInstant());
    }

    private static WebhookDelivery delivery(ResultSet rs) throws SQLException {
        return new WebhookDelivery(
                rs.getObject("id", UUID.class),
                rs.getObject("subscription_id", UUID.class),
                rs.getString("message_id"),
                rs.getString("event_type"),
                DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("delivered_at")),
                (Integer) rs.getObject("last_status"),
                rs.getString("last_error"),
                rs.getObject("replay_of", UUID.class),
                rs.getString("payload"),
                List.of());
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
