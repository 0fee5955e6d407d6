package org.retrogistics.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.retrogistics.audit.internal.RequestContext;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.CsvExport;
import org.retrogistics.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's audit trail: appends (in the caller's transaction, so a change and its row commit together) and reads,
 * always within one client. The table refuses updates and deletes (V34).
 */
@Service
public class AuditTrail {

    /** The most rows one page holds. */
    public static final int MAX_PAGE = 200;
    /** The most rows one CSV export holds, newest first. */
    public static final int MAX_EXPORT = 50_000;

    private static final String COLUMNS = "id, at, category, type, actor, subject, reason, request_id, detail";

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends a row by whoever the running request acts as (else {@code system}). */
    @Transactional
    public void record(AuditRecord r) {
        record(r, null);
    }

    /**
     * Appends a row; {@code namedActor} is the person the fact itself names (an authoriser, a launcher), which wins over
     * the request's principal; null to take the principal.
     */
    @Transactional
    public void record(AuditRecord r, String namedActor) {
        String actor = namedActor == null || namedActor.isBlank() ? RequestContext.actorName() : namedActor;
        jdbc.sql(
                        """
                        insert into audit_event (client_id, category, type, actor, subject, reason, request_id, detail)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        r.clientId().value(),
                        r.category().name(),
                        r.type(),
                        actor,
                        r.subject(),
                        blankToNull(r.reason()),
                        RequestContext.requestId(),
                        r.detail())
                .update();
    }

    /** One page of the client's rows that match, newest first. */
    @Transactional(readOnly = true)
    public PageOf<AuditEntry> find(ClientId client, AuditQuery q, int page, int size) {
        int p = Math.max(0, page);
        int s = Math.max(1, Math.min(size, MAX_PAGE));
        Where w = where(client, q);
        long total = jdbc.sql("select count(*) from audit_event where " + w.sql)
                .params(w.params)
                .query(Long.class)
                .single();
        List<Object> params = new ArrayList<>(w.params);
        params.add(s);
        params.add((long) p * s);
        List<AuditEntry> rows = jdbc.sql("select " + COLUMNS + " from audit_event where " + w.sql
                        + " order by at desc, id desc limit ? offset ?")
                .params(params)
                .query(AuditTrail::entry)
                .list();
        return PageOf.of(rows, p, s, total);
    }

    /**
     * Writes the client's matching rows as CSV (newest first, at most {@link #MAX_EXPORT}), after recording the export
     * itself in the trail: an export is a fact worth auditing, and its row is in the file.
     */
    @Transactional
    public void export(ClientId client, AuditQuery q, Appendable out) {
        record(new AuditRecord(client, AuditCategory.EXPORT, "AUDIT_EXPORTED", "audit trail", null, q.describe()));
        Where w = where(client, q);
        List<Object> params = new ArrayList<>(w.params);
        params.add(MAX_EXPORT);
        CsvExport csv = CsvExport.to(out)
                .header("id", "at", "category", "type", "actor", "subject", "reason", "requestId", "detail");
        jdbc
                .sql("select " + COLUMNS + " from audit_event where " + w.sql + " order by at desc, id desc limit ?")
                .params(params)
                .query(AuditTrail::entry)
                .stream()
                .forEach(e -> csv.row(
                        e.id(),
                        e.at().toString(),
                        e.category().name(),
                        e.type(),
                        e.actor(),
                        e.subject(),
                        e.reason(),
                        e.requestId(),
                        e.detail()));
        csv.flush();
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(ClientId client, AuditQuery q) {
        StringBuilder sql = new StringBuilder("client_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(client.value());
        if (q.from() != null) {
            sql.append(" and at >= ?");
            params.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            sql.append(" and at < ?");
            params.add(Timestamp.from(q.to()));
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            sql.append(" and actor = ?");
            params.add(q.actor().strip());
        }
        if (q.type() != null && !q.type().isBlank()) {
            sql.append(" and (type = ? or category = ?)");
            params.add(q.type().strip());
            params.add(q.type().strip().toUpperCase(Locale.ROOT));
        }
        return new Where(sql.toString(), params);
    }

    private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("at").toInstant(),
                AuditCategory.valueOf(rs.getString("category")),
                rs.getString("type"),
                rs.getString("actor"),
                rs.getString("subject"),
                rs.getString("reason"),
                rs.getString("request_id"),
                rs.getString("detail"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
