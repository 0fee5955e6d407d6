package org.retrogistics.refunds.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.retrogistics.refunds.PaymentProvider;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The default adapter: each payout is a row of the payout ledger, which finance exports as CSV and settles. A second
 * attempt with the same idempotency key finds the row already there and answers with it.
 */
public class LedgerPaymentProvider implements PaymentProvider {

    private final JdbcClient jdbc;
    private final Clock clock;

    public LedgerPaymentProvider(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "ledger";
    }

    @Override
    public PayoutResult pay(Payout p) {
        jdbc.sql(
                        """
                        insert into payout_ledger (id, client_id, payout_number, movement_id, idempotency_key, direction,
                            kind, amount, currency, customer_email, rma_number, line_no, recorded_at)
                        values (:id, :client, nextval('payout_number_seq'), :movement, :key, :direction, :kind, :amount,
                            :currency, :email, :rma, :lineNo, :at)
                        on conflict (idempotency_key) do nothing
                        """)
                .param("id", UUID.randomUUID())
                .param("client", p.clientId())
                .param("movement", p.movementId())
                .param("key", p.idempotencyKey())
                .param("direction", p.kind().direction().name())
                .param("kind", p.kind().name())
                .param("amount", p.amount().amount())
                .param("currency", p.amount().currency().getCurrencyCode())
                .param("email", p.customerEmail())
                .param("rma", p.rmaNumber())
                .param("lineNo", p.lineNo())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        long number = jdbc.sql("select payout_number from payout_ledger where idempotency_key = ?")
                .param(p.idempotencyKey())
                .query(Long.class)
                .single();
        return PayoutResult.done("PO-%08d".formatted(number));
    }
}
