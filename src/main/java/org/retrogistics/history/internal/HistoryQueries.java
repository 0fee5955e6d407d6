package org.retrogistics.history.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.retrogistics.history.HistoryFigures;
import org.retrogistics.shared.ClientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of the imported history: its figures and a job's error report. */
@Component
public class HistoryQueries {

    private final JdbcClient jdbc;
    private final ImportStore store;

    HistoryQueries(JdbcClient jdbc, ImportStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    public HistoryFigures figures(ClientId client) {
        return jdbc.sql(
                        """
                        select count(distinct invoice_no) as invoices,
                               count(distinct invoice_no) filter (where cancellation) as cancellations,
                               count(*) filter (where kind = 'RETURN') as return_lines,
                               count(*) filter (where kind = 'RETURN' and customer_ref is not null) as with_customer,
                               count(*) filter (where kind = 'RETURN' and purchase_invoice is not null) as matched,
                               percentile_cont(0.5) within group (
                                   order by extract(epoch from invoiced_at - purchased_at) / 86400.0)
                                   filter (where kind = 'RETURN' and purchase_invoice is not null) as median_days,
                               count(*) filter (where kind = 'FEE') as fees,
                               count(*) filter (where kind = 'ADJUSTMENT') as adjustments
                        from history_line where client_id = ?
                        """)
                .param(client.value())
                .query((rs, n) -> {
                    Double median = rs.getObject("median_days", Double.class);
                    return new HistoryFigures(
                            rs.getLong("invoices"),
                            rs.getLong("cancellations"),
                            rs.getLong("return_lines"),
                            rs.getLong("with_customer"),
                            rs.getLong("matched"),
                            median == null ? null : BigDecimal.valueOf(median).setScale(4, RoundingMode.HALF_UP),
                            rs.getLong("fees"),
                            rs.getLong("adjustments"));
                })
                .single();
    }

    /** The job's rejected lines as CSV with a header: line, reason. */
    public void errorReport(UUID job, Appendable out) {
        try {
            CSVPrinter csv = new CSVPrinter(
                    out, CSVFormat.DEFAULT.builder().setHeader("line", "reason").get());
            store.errors(job, (line, reason) -> {
                try {
                    csv.printRecord(line, reason);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
