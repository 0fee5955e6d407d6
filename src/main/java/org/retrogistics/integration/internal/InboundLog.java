package org.retrogistics.integration.internal;

import org.retrogistics.integration.StatusUpdate;
import org.retrogistics.shared.ClientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbound status updates taken, by the client's message id, with what became of each (ADR 0029). */
@Repository
public class InboundLog {

    private final JdbcClient jdbc;

    InboundLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An update received before: what it was and what became of it. */
    public record Seen(String status, String reference, String outcome, String detail) {}

    /**
     * Writes the message id, in the caller's transaction; false when it was there already. A second claim of the same
     * id waits on the unique key until the first one's transaction ends, so two at once cannot both take effect.
     */
    public boolean claim(ClientId client, String channel, StatusUpdate u) {
        return jdbc.sql(
                                """
                        insert into inbound_message (client_id, message_id, channel, status, reference, outcome,
                          received_at)
                        values (:client, :message, :channel, :status, :reference, 'TAKING', now())
                        on conflict (client_id, message_id) do nothing
                        """)
                        .param("client", client.value())
                        .param("message", u.messageId())
                        .param("channel", channel)
                        .param("status", u.status())
                        .param("reference", u.reference())
                        .update()
                == 1;
    }

    public void record(ClientId client, String messageId, String outcome, String detail) {
        jdbc.sql(
                        """
                        update inbound_message set outcome = :outcome, detail = :detail
                        where client_id = :client and message_id = :message
                        """)
                .param("outcome", outcome)
                .param("detail", detail)
                .param("client", client.value())
                .param("message", messageId)
                .update();
    }

    public Seen seen(ClientId client, String messageId) {
        return jdbc.sql(
                        """
                        select status, reference, outcome, detail from inbound_message
                        where client_id = ? and message_id = ?
                        """)
                .params(client.value(), messageId)
                .query((rs, n) -> new Seen(
                        rs.getString("status"),
                        rs.getString("reference"),
                        rs.getString("outcome"),
                        rs.getString("detail")))
                .single();
    }
}
