package org.retrogistics.refunds.internal;

import java.math.BigDecimal;
import java.util.UUID;
import org.retrogistics.refunds.LineAccount;
import org.retrogistics.refunds.LineTerms;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores {@link LineAccount}s: opened on first use, locked for the rest of the transaction while they change. */
@Component
public class LineAccounts {

    private final JdbcClient jdbc;

    LineAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The line's account, locked until the transaction ends (opened with nothing used yet if new). */
    public LineAccount lock(ClientId client, LineTerms line) {
        Money paid = line.paidForLine();
        jdbc.sql(
                        """
                        insert into refund_line_account (return_line_id, client_id, return_id, currency, paid, quantity)
                        values (:line, :client, :ret, :currency, :paid, :quantity)
                        on conflict (return_line_id) do nothing
                        """)
                .param("line", line.returnLineId())
                .param("client", client.value())
                .param("ret", line.returnId())
                .param("currency", paid.currency().getCurrencyCode())
                .param("paid", paid.amount())
                .param("quantity", line.quantity())
                .update();
        return jdbc.sql(
                        """
                        select paid, currency, quantity, committed, committed_units from refund_line_account
                         where return_line_id = :line and client_id = :client for update
                        """)
                .param("line", line.returnLineId())
                .param("client", client.value())
                .query((rs, n) -> new LineAccount(
                        line.returnLineId(),
                        line.rmaNumber(),
                        line.lineNo(),
                        Money.of(rs.getBigDecimal("paid"), rs.getString("currency")),
                        rs.getInt("quantity"),
                        Money.of(rs.getBigDecimal("committed"), rs.getString("currency")),
                        rs.getInt("committed_units")))
                .single();
    }

    /** Writes what the account has used; the table's checks refuse anything beyond what was paid. */
    public void save(ClientId client, LineAccount account) {
        jdbc.sql(
                        """
                        update refund_line_account set committed = :committed, committed_units = :units
                         where return_line_id = :line and client_id = :client
                        """)
                .param("committed", account.committed().amount())
                .param("units", account.committedUnits())
                .param("line", account.returnLineId())
                .param("client", client.value())
                .update();
    }

    /** Units of a line with any resolution, for reading (no lock). */
    public int committedUnits(ClientId client, UUID returnLineId) {
        return jdbc.sql(
                        "select coalesce(max(committed_units), 0) from refund_line_account where return_line_id = ? and client_id = ?")
                .params(returnLineId, client.value())
                .query(Integer.class)
                .single();
    }

    public BigDecimal committed(ClientId client, UUID returnLineId) {
        return jdbc.sql(
                        "select coalesce(max(committed), 0) from refund_line_account where return_line_id = ? and client_id = ?")
                .params(returnLineId, client.value())
                .query(BigDecimal.class)
                .single();
    }
}
