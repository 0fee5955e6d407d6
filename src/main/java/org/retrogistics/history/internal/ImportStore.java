package org.retrogistics.history.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.history.ImportJob;
import org.retrogistics.history.ImportStatus;
import org.retrogistics.shared.ClientId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The import's tables: jobs with their checkpoint, rejected lines, and the history's lines. */
@Component
public class ImportStore {

    private static final String JOB_COLUMNS =
            """
            id, file_name, sha256, status, bytes_total, bytes_done, checkpoint_line, accepted, rejected, started_by,
            created_at, finished_at, failure""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A new job, or the client's job for a file with these contents when there is one already. */
    public ImportJob createOrFind(ClientId client, String sha256, String fileName, long bytes, String by) {
        jdbc.sql(
                        """
                        insert into import_job (id, client_id, sha256, file_name, status, bytes_total, started_by,
                                                created_at, heartbeat_at)
                        values (?, ?, ?, ?, 'RUNNING', ?, ?, now(), now() - interval '1 day')
                        on conflict (client_id, sha256) do nothing
                        """)
                .params(UUID.randomUUID(), client.value(), sha256, fileName, bytes, by)
                .update();
        return jdbc.sql("select " + JOB_COLUMNS + " from import_job where client_id = ? and sha256 = ?")
                .params(client.value(), sha256)
                .query(ImportStore::job)
                .single();
    }

    public Optional<ImportJob> find(ClientId client, UUID id) {
        return jdbc.sql("select " + JOB_COLUMNS + " from import_job where client_id = ? and id = ?")
                .params(client.value(), id)
                .query(ImportStore::job)
                .optional();
    }

    public List<ImportJob> list(ClientId client, int limit) {
        return jdbc.sql("select " + JOB_COLUMNS
                        + " from import_job where client_id = ? order by created_at desc limit ?")
                .params(client.value(), limit)
                .query(ImportStore::job)
                .list();
    }

    /**
     * Takes the job for this instance unless it is done or another instance's heartbeat on it is fresh; true when
     * taken. A job that FAILED is taken again too: it resumes from its checkpoint.
     */
    public boolean claim(UUID job, int staleAfterSeconds) {
        return jdbc.sql(
                                """
                        update import_job set status = 'RUNNING', heartbeat_at = now(), failure = null
                        where id = ? and status <> 'DONE'
                          and (status = 'FAILED' or heartbeat_at < now() - make_interval(secs => ?))
                        """)
                        .params(job, staleAfterSeconds)
                        .update()
                == 1;
    }

    public long checkpoint(UUID job) {
        return jdbc.sql("select checkpoint_line from import_job where id = ?")
                .param(job)
                .query(Long.class)
                .single();
    }

    /** Writes one batch and moves the checkpoint past it; the caller runs both in one transaction. */
    public void commitBatch(ClientId client, UUID job, Batch batch) {
        template.batchUpdate(
                """
                insert into history_line (client_id, invoice_no, line_in_invoice, job_id, source_line, kind, fee_kind,
                    cancellation, stock_code, description, quantity, unit_price, currency, invoiced_at, customer_ref,
                    country)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'GBP', ?, ?, ?)
                on conflict (client_id, invoice_no, line_in_invoice) do nothing
                """,
                batch.lines(),
                batch.lines().size(),
                (PreparedStatement s, Batch.Numbered n) -> {
                    RetailLine l = n.line();
                    s.setObject(1, client.value());
                    s.setString(2, l.invoiceNo());
                    s.setInt(3, n.lineInInvoice());
                    s.setObject(4, job);
                    s.setLong(5, n.sourceLine());
                    s.setString(6, l.kind());
                    s.setString(7, l.feeKind());
                    s.setBoolean(8, l.cancellation());
                    s.setString(9, l.stockCode());
                    s.setString(10, l.description());
                    s.setInt(11, l.quantity());
                    s.setBigDecimal(12, l.unitPrice());
                    s.setObject(13, l.invoicedAt());
                    s.setString(14, l.customerRef());
                    s.setString(15, l.country());
                });
        template.batchUpdate(
                "insert into import_error (job_id, line, reason) values (?, ?, ?) on conflict do nothing",
                batch.errors(),
                batch.errors().size(),
                (PreparedStatement s, Batch.Rejected e) -> {
                    s.setObject(1, job);
                    s.setLong(2, e.sourceLine());
                    s.setString(3, e.reason());
                });
        jdbc.sql(
                        """
                        update import_job set checkpoint_line = ?, bytes_done = ?, accepted = accepted + ?,
                            rejected = rejected + ?, heartbeat_at = now()
                        where id = ? and checkpoint_line < ?
                        """)
                .params(
                        batch.lastLine(),
                        batch.bytesRead(),
                        batch.lines().size(),
                        batch.errors().size(),
                        job,
                        batch.lastLine())
                .update();
    }

    /**
     * Matches the client's unmatched returns to the same customer's latest sale of the same stock code at or before
     * the return; set-based, so it matches whatever order the lines came in and may run again.
     */
    public int matchReturns(ClientId client) {
        return jdbc.sql(
                        """
                        update history_line r
                        set purchase_invoice = p.invoice_no, purchase_line = p.line_in_invoice,
                            purchased_at = p.invoiced_at
                        from history_line x
                        cross join lateral (
                            select s.invoice_no, s.line_in_invoice, s.invoiced_at from history_line s
                            where s.client_id = x.client_id and s.kind = 'SALE' and s.customer_ref = x.customer_ref
                              and s.stock_code = x.stock_code and s.invoiced_at <= x.invoiced_at
                            order by s.invoiced_at desc, s.invoice_no desc, s.line_in_invoice desc
                            limit 1) p
                        where r.client_id = ? and r.kind = 'RETURN' and r.purchase_invoice is null
                          and r.customer_ref is not null
                          and x.client_id = r.client_id and x.invoice_no = r.invoice_no
                          and x.line_in_invoice = r.line_in_invoice
                        """)
                .param(client.value())
                .update();
    }

    public void finish(UUID job) {
        jdbc.sql("update import_job set status = 'DONE', finished_at = now(), heartbeat_at = now() where id = ?")
                .param(job)
                .update();
    }

    public void fail(UUID job, String why) {
        jdbc.sql("update import_job set status = 'FAILED', failure = ?, heartbeat_at = now() where id = ?")
                .params(why, job)
                .update();
    }

    /** The rejected lines in line order, each as (line, reason). */
    public void errors(UUID job, ErrorSink sink) {
        jdbc.sql("select line, reason from import_error where job_id = ? order by line")
                .param(job)
                .query((ResultSet rs) -> {
                    sink.accept(rs.getLong(1), rs.getString(2));
                });
    }

    /** Receives the error report's rows one by one, so that a long report is never held whole. */
    @FunctionalInterface
    public interface ErrorSink {
        void accept(long line, String reason);
    }

    private static ImportJob job(ResultSet rs, int n) throws SQLException {
        return new ImportJob(
                rs.getObject("id", UUID.class),
                rs.getString("file_name"),
                rs.getString("sha256"),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getLong("bytes_total"),
                rs.getLong("bytes_done"),
                rs.getLong("checkpoint_line"),
                rs.getLong("accepted"),
                rs.getLong("rejected"),
                rs.getString("started_by"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("finished_at")),
                rs.getString("failure"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
