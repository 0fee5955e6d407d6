package org.retrogistics.refunds.internal;

import java.math.BigDecimal;
import java.util.UUID;
import org.retrogistics.refunds.LineAccount;
import org.retrogistics.refunds.LineAccount.LineBalance;
import org.retrogistics.refunds.LineAccount.OrderLineBalance;
import org.retrogistics.refunds.LineTerms;
import org.retrogistics.returns.ReturnForMoney;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores {@link LineAccount}s: opened on first use, locked for the rest of the transaction while they change. */
@Component
public class LineAccounts {

    private final JdbcClient jdbc;
    private final ReturnLineTerms lineTerms;

    LineAccounts(JdbcClient jdbc, ReturnLineTerms lineTerms) {
        this.jdbc = jdbc;
        this.lineTerms = lineTerms;
    }

    /** The account of a line of the return, locked until the transaction ends (see {@link #lock(ClientId, LineTerms)}). */
    public LineAccount lock(ClientId client, ReturnForMoney r, ReturnForMoney.Line line) {
        return lock(client, lineTerms.of(client, r, line));
    }

    /**
     * The line's account, locked until the transaction ends (opened with nothing used yet if new). A line from an order
     * locks its order line's account first (always in that order, so two returns of one order line wait for each other
     * rather than deadlock).
     */
    public LineAccount lock(ClientId client, LineTerms line) {
        OrderLineBalance orderLine = line.orderLineId() == null ? null : lockOrderLine(client, line);
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
                        new LineBalance(
                                line.returnLineId(),
                                line.rmaNumber(),
                                line.lineNo(),
                                Money.of(rs.getBigDecimal("paid"), rs.getString("currency")),
                                rs.getInt("quantity"),
                                Money.of(rs.getBigDecimal("committed"), rs.getString("currency")),
                                rs.getInt("committed_units")),
                        orderLine))
                .single();
    }

    private OrderLineBalance lockOrderLine(ClientId client, LineTerms line) {
        Money paid = line.orderLinePaid();
        jdbc.sql(
                        """
                        insert into refund_order_line_account (order_line_id, client_id, currency, paid)
                        values (:line, :client, :currency, :paid)
                        on conflict (order_line_id) do nothing
                        """)
                .param("line", line.orderLineId())
                .param("client", client.value())
                .param("currency", paid.currency().getCurrencyCode())
                .param("paid", paid.amount())
                .update();
        return jdbc.sql(
                        """
                        select paid, currency, committed from refund_order_line_account
                         where order_line_id = :line and client_id = :client for update
                        """)
                .param("line", line.orderLineId())
                .param("client", client.value())
                .query((rs, n) -> new OrderLineBalance(
                        line.orderLineId(),
                        Money.of(rs.getBigDecimal("paid"), rs.getString("currency")),
                        Money.of(rs.getBigDecimal("committed"), rs.getString("currency"))))
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
        if (account.orderLineId() != null) {
            jdbc.sql(
                            """
                            update refund_order_line_account set committed = :committed
                             where order_line_id = :line and client_id = :client
                            """)
                    .param("committed", account.orderLineCommitted().amount())
                    .param("line", account.orderLineId())
                    .param("client", client.value())
                    .update();
        }
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
