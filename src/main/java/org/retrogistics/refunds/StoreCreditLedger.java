package org.retrogistics.refunds;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.refunds.RefundRefusals.InsufficientStoreCredit;
import org.retrogistics.refunds.RefundRefusals.InvalidResolution;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Store credit: a balance per client, customer (their e-mail) and currency, and an append-only ledger of every credit
 * and debit with the balance after it. Credit is kept in the currency it was paid in (the order's), and a debit only
 * ever draws on the balance of its own currency. A balance never goes below zero, checked in the update and by the
 * table.
 */
@Service
@Transactional(readOnly = true)
public class StoreCreditLedger {

    private final JdbcClient jdbc;
    private final Clock clock;

    StoreCreditLedger(JdbcClient jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** One line of the ledger. */
    public record Entry(UUID id, Money amount, Money balanceAfter, String sourceRef, String recordedBy, Instant at) {}

    /**
     * A customer's store credit: the balance in the currency asked about, every currency's balance, and the ledger,
     * newest first.
     */
    public record Account(String email, Money balance, List<Money> balances, List<Entry> entries) {}

    static String normalise(String email) {
        if (email == null || email.isBlank() || !email.contains("@") || email.length() > 254) {
            throw new InvalidResolution("a store-credit account is named by the customer's e-mail address");
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Adds credit; a second credit with the same source reference is the same credit. Answers the entry's id. */
    @Transactional
    public UUID credit(ClientId client, String email, Money amount, String sourceRef, String by) {
        String e = normalise(email);
        Optional<UUID> existing = jdbc.sql("select id from store_credit_entry where client_id = ? and source_ref = ?")
                .params(client.value(), sourceRef)
                .query(UUID.class)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        BigDecimal after = jdbc.sql(
                        """
                        insert into store_credit_account (client_id, email, currency, balance, updated_at)
                        values (:client, :email, :currency, :amount, :at)
                        on conflict (client_id, email, currency) do update
                           set balance = store_credit_account.balance + excluded.balance, updated_at = excluded.updated_at
                        returning balance
                        """)
                .param("client", client.value())
                .param("email", e)
                .param("currency", amount.currency().getCurrencyCode())
                .param("amount", amount.amount())
                .param("at", Timestamp.from(now))
                .query(BigDecimal.class)
                .single();
        return entry(client, new Posting(e, amount, after, sourceRef, by, now));
    }

    /** Spends credit; refused, changing nothing, when the balance does not cover it. */
    @Transactional
    public Account debit(ClientId client, String email, Money amount, String reference, String by) {
        String e = normalise(email);
        if (amount.amount().signum() <= 0) {
            throw new InvalidResolution("a debit is a positive amount, not " + amount);
        }
        Instant now = clock.instant();
        Optional<BigDecimal> after = jdbc.sql(
                        """
                        update store_credit_account set balance = balance - :amount, updated_at = :at
                         where client_id = :client and email = :email and currency = :currency and balance >= :amount
                        returning balance
                        """)
                .param("client", client.value())
                .param("email", e)
                .param("currency", amount.currency().getCurrencyCode())
                .param("amount", amount.amount())
                .param("at", Timestamp.from(now))
                .query(BigDecimal.class)
                .optional();
        if (after.isEmpty()) {
            throw new InsufficientStoreCredit(
                    e, amount, balance(client, e, amount.currency().getCurrencyCode()));
        }
        String ref = "debit:" + (reference == null || reference.isBlank() ? UUID.randomUUID() : reference.strip());
        entry(
                client,
                new Posting(e, new Money(amount.amount().negate(), amount.currency()), after.get(), ref, by, now));
        return account(client, e, amount.currency().getCurrencyCode());
    }

    /** One change to a customer's balance as the ledger records it: a credit is positive, a debit negative. */
    private record Posting(
            String email, Money change, BigDecimal balanceAfter, String sourceRef, String by, Instant at) {}

    private UUID entry(ClientId client, Posting p) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into store_credit_entry (id, client_id, email, amount, currency, balance_after, source_ref,
                            recorded_by, recorded_at)
                        values (:id, :client, :email, :amount, :currency, :after, :ref, :by, :at)
                        """)
                .param("id", id)
                .param("client", client.value())
                .param("email", p.email())
                .param("amount", p.change().amount())
                .param("currency", p.change().currency().getCurrencyCode())
                .param("after", p.balanceAfter())
                .param("ref", p.sourceRef())
                .param("by", p.by())
                .param("at", Timestamp.from(p.at()))
                .update();
        return id;
    }

    private Money balance(ClientId client, String email, String currency) {
        return Money.of(
                jdbc.sql("select balance from store_credit_account where client_id = ? and email = ? and currency = ?")
                        .params(client.value(), email, currency)
                        .query(BigDecimal.class)
                        .optional()
                        .orElse(BigDecimal.ZERO),
                currency);
    }

    /** The customer's balances and ledger; the balance in {@code currency} is zero where none was ever credited. */
    public Account account(ClientId client, String email, String currency) {
        String e = normalise(email);
        List<Money> balances = jdbc.sql(
                        "select balance, currency from store_credit_account where client_id = ? and email = ?"
                                + " order by currency")
                .params(client.value(), e)
                .query((rs, n) -> Money.of(rs.getBigDecimal("balance"), rs.getString("currency")))
                .list();
        List<Entry> entries = jdbc.sql(
                        """
                        select id, amount, currency, balance_after, source_ref, recorded_by, recorded_at
                          from store_credit_entry where client_id = ? and email = ? order by recorded_at desc, id
                          limit 500
                        """)
                .params(client.value(), e)
                .query((rs, n) -> new Entry(
                        rs.getObject("id", UUID.class),
                        Money.of(rs.getBigDecimal("amount"), rs.getString("currency")),
                        Money.of(rs.getBigDecimal("balance_after"), rs.getString("currency")),
                        rs.getString("source_ref"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
        return new Account(e, balance(client, e, currency), balances, entries);
    }
}
