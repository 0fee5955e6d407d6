package org.retrogistics.refunds;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.refunds.RefundRefusals.StaleMovement;
import org.retrogistics.refunds.internal.LineAccounts;
import org.retrogistics.refunds.internal.MoneyMovementRepository;
import org.retrogistics.returns.ResolvedUnits;
import org.retrogistics.returns.ReturnForMoney;
import org.retrogistics.returns.ReturnSettlement;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.IfMatch;
import org.retrogistics.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A money movement that did not go through, settled by hand: a failed one retried, a held one released, one not paid
 * cancelled. Each checks the version the caller saw.
 */
@Service
public class SettlingMovements {

    private final MoneyMovementRepository movements;
    private final PayingMovements paying;
    private final LineAccounts accounts;
    private final ReturnSettlement settlement;
    private final Clock clock;

    SettlingMovements(
            MoneyMovementRepository movements,
            PayingMovements paying,
            LineAccounts accounts,
            ReturnSettlement settlement,
            Optional<Clock> clock) {
        this.movements = movements;
        this.paying = paying;
        this.accounts = accounts;
        this.settlement = settlement;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A failed movement tried again, with the same idempotency key. */
    @Transactional
    public MoneyMovement retry(Actor actor, UUID id, Long expectedVersion) {
        MoneyMovement m = load(actor.clientId(), id, expectedVersion);
        m.retry(clock.instant());
        return paying.payAndSave(actor.clientId(), m, actor.name());
    }

    /** A held movement released by a manager: it is paid now. */
    @Transactional
    public MoneyMovement release(Actor actor, UUID id, Long expectedVersion) {
        MoneyMovement m = load(actor.clientId(), id, expectedVersion);
        m.release(clock.instant());
        return paying.payAndSave(actor.clientId(), m, actor.name());
    }

    /** A movement not paid is cancelled; what it took from the line is free for another resolution. */
    @Transactional
    public MoneyMovement cancel(Actor actor, UUID id, Long expectedVersion, String reason) {
        ClientId client = actor.clientId();
        MoneyMovement m = load(client, id, expectedVersion);
        m.cancel(reason, clock.instant());
        if (m.getKind().countsAgainstPaid()) {
            // the return first, then the line's account: the order every resolution takes them in
            ReturnForMoney r = settlement.lock(client, m.getReturnId());
            LineAccount account = accounts.lock(client, r, r.line(m.getLineNo()));
            account.release(m.money(), m.getQuantity());
            accounts.save(client, account);
            if (m.getQuantity() > 0) {
                settlement.withdrawResolution(
                        client,
                        r.id(),
                        new ResolvedUnits(
                                m.getLineNo(),
                                m.getQuantity(),
                                true,
                                actor.name(),
                                m.getKind() + " cancelled: " + reason));
            }
        }
        return movements.save(m);
    }

    private MoneyMovement load(ClientId client, UUID id, Long expectedVersion) {
        MoneyMovement m =
                movements.findByIdAndClientId(id, client.value()).orElseThrow(() -> new NotFound("refund", id));
        IfMatch.requireCurrent(
                expectedVersion, m.getVersion(), () -> new StaleMovement(id, expectedVersion, m.getVersion()));
        return m;
    }
}
