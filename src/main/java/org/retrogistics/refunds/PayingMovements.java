package org.retrogistics.refunds;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.refunds.internal.MoneyMovementRepository;
import org.retrogistics.shared.ClientId;
import org.springframework.stereotype.Component;

/** Pays a money movement through the {@link PaymentProvider} port, or onto store credit, and keeps it. */
@Component
class PayingMovements {

    private final PaymentProvider provider;
    private final StoreCreditLedger storeCredit;
    private final MoneyMovementRepository movements;
    private final RefundFacts facts;
    private final Clock clock;

    PayingMovements(
            PaymentProvider provider,
            StoreCreditLedger storeCredit,
            MoneyMovementRepository movements,
            RefundFacts facts,
            Optional<Clock> clock) {
        this.provider = provider;
        this.storeCredit = storeCredit;
        this.movements = movements;
        this.facts = facts;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Pays the movement, then keeps it (FAILED when refused). */
    MoneyMovement payAndSave(ClientId client, MoneyMovement m, String by) {
        pay(client, m, by);
        return movements.save(m);
    }

    MoneyMovement save(MoneyMovement m) {
        return movements.save(m);
    }

    /** Asks the provider (or the store-credit ledger) to move the money; a refusal leaves the movement FAILED. */
    private void pay(ClientId client, MoneyMovement m, String by) {
        Instant now = clock.instant();
        m.attempted();
        if (m.getKind() == MovementKind.STORE_CREDIT) {
            if (m.getCustomerEmail() == null || !m.getCustomerEmail().contains("@")) {
                m.fail("no customer e-mail to hold the store credit", now);
                return;
            }
            UUID entry = storeCredit.credit(client, m.getCustomerEmail(), m.money(), "money-movement:" + m.getId(), by);
            m.issue("store-credit:" + entry, now);
        } else {
            PaymentProvider.PayoutResult result = provider.pay(new PaymentProvider.Payout(
                    client.value(),
                    m.getId(),
                    m.getIdempotencyKey(),
                    m.getKind(),
                    m.money(),
                    m.getCustomerEmail(),
                    m.getRmaNumber(),
                    m.getLineNo()));
            if (result.done()) {
                m.issue(provider.name() + ":" + result.reference(), now);
            } else {
                m.fail(result.failure(), now);
                return;
            }
        }
        if (m.getKind().countsAgainstPaid() && !m.unitIdList().isEmpty()) {
            facts.refunded(client, m);
        }
    }
}
