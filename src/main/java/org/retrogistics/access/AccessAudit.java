package org.retrogistics.access;

import java.time.Instant;
import java.util.List;
import org.retrogistics.shared.ClientId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of every change to a client's users and tokens: who, what, to whom and why. A row is written
 * in the same transaction as the change it describes, so there is never a change without its row or the reverse; the
 * table refuses updates and deletes (migration V18). Each change is also published as {@link AccessChanged}.
 */
@Service
public class AccessAudit {

    /** The most rows one read answers. */
    public static final int MAX_LIMIT = 500;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    AccessAudit(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** One recorded change; {@code reason} is empty where none is asked for (an issued token, an own password). */
    public record Entry(Instant at, String actor, AccessAction action, String subject, String reason) {}

    @Transactional(propagation = Propagation.MANDATORY)
    void record(ClientId client, String actor, AccessAction action, String subject, String reason) {
        jdbc.sql("insert into access_audit (client_id, actor, action, subject, reason) values (?, ?, ?, ?, ?)")
                .params(client.value(), actor, action.name(), subject, reason)
                .update();
        // the client-wide audit trail (ADR 0031) records it too, in this transaction
        events.publishEvent(new AccessChanged(client, actor, action, subject, reason, Instant.now()));
    }

    /** The client's changes, newest first. */
    @Transactional(readOnly = true)
    public List<Entry> recent(ClientId client, int limit) {
        return jdbc.sql(
                        """
                        select at, actor, action, subject, reason from access_audit
                         where client_id = ? order by id desc limit ?""")
                .params(client.value(), Math.max(1, Math.min(limit, MAX_LIMIT)))
                .query((rs, n) -> new Entry(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        AccessAction.valueOf(rs.getString("action")),
                        rs.getString("subject"),
                        rs.getString("reason")))
                .list();
    }
}
