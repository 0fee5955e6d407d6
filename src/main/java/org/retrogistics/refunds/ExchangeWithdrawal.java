package org.retrogistics.refunds;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.refunds.internal.LineAccounts;
import org.retrogistics.refunds.internal.LineResolutionRepository;
import org.retrogistics.refunds.internal.MoneyMovementRepository;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ResolvedUnits;
import org.retrogistics.returns.ReturnEvents.ReturnCancelled;
import org.retrogistics.returns.ReturnEvents.ReturnExpired;
import org.retrogistics.returns.ReturnEvents.ReturnRejected;
import org.retrogistics.returns.ReturnForMoney;
import org.retrogistics.returns.ReturnSettlement;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdrawing an exchange or replacement before its goods go out: by hand, or because its return was cancelled,
 * rejected or expired. The reserved stock goes back, money not yet moved is cancelled, the line's account is freed,
 * and the return's units wait for a resolution again (counting against the order line again while the return goes
 * on). An exchange whose price difference was already paid or charged is not withdrawn: money moved.
 */
@Service
@Transactional
public class ExchangeWithdrawal {

    private static final Logger log = LoggerFactory.getLogger(ExchangeWithdrawal.class);

    private final LineResolutionRepository resolutions;
    private final MoneyMovementRepository movements;
    private final LineAccounts accounts;
    private final ReturnSettlement settlement;
    private final StockingExchanges stock;
    private final Clock clock;

    ExchangeWithdrawal(
            LineResolutionRepository resolutions,
            MoneyMovementRepository movements,
            LineAccounts accounts,
            ReturnSettlement settlement,
            StockingExchanges stock,
            Optional<Clock> clock) {
        this.resolutions = resolutions;
        this.movements = movements;
        this.accounts = accounts;
        this.settlement = settlement;
        this.stock = stock;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** {@link #withdraw}, for callers that need no entity back (the pages). */
    public void withdrawOnly(Actor actor, UUID returnId, UUID resolutionId, String reason) {
        withdraw(actor, returnId, resolutionId, reason);
    }

    /** An agent withdraws one exchange or replacement of a return, with a reason. */
    public LineResolution withdraw(Actor actor, UUID returnId, UUID resolutionId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RefundRefusals.ReasonRequired("withdraw an exchange");
        }
        LineResolution resolution = resolutions
                .findById(resolutionId)
                .filter(r -> r.getClientId().equals(actor.clientId().value())
                        && r.getReturnId().equals(returnId))
                .orElseThrow(() -> new NotFound("resolution", resolutionId));
        return withdraw(actor.clientId(), resolution, reason.strip(), actor.name());
    }

    @ApplicationModuleListener
    void on(ReturnCancelled e) {
        withdrawAll(new ClientId(e.clientId()), e.returnId(), "return cancelled");
    }

    @ApplicationModuleListener
    void on(ReturnExpired e) {
        withdrawAll(new ClientId(e.clientId()), e.returnId(), "return expired");
    }

    @ApplicationModuleListener
    void on(ReturnRejected e) {
        withdrawAll(new ClientId(e.clientId()), e.returnId(), "return rejected");
    }

    private void withdrawAll(ClientId client, UUID returnId, String why) {
        for (LineResolution resolution :
                resolutions.findByClientIdAndReturnIdOrderByCreatedAt(client.value(), returnId)) {
            if (withdrawable(resolution)) {
                try {
                    withdraw(client, resolution, why, "system");
                } catch (DomainException refused) {
                    log.warn(
                            "{} line {}: exchange not withdrawn: {}",
                            resolution.getRmaNumber(),
                            resolution.getLineNo(),
                            refused.getMessage());
                }
            }
        }
    }

    private static boolean withdrawable(LineResolution r) {
        return !r.isWithdrawn() && (r.getKind() == Resolution.EXCHANGE || r.getKind() == Resolution.REPLACEMENT);
    }

    private LineResolution withdraw(ClientId client, LineResolution resolution, String reason, String by) {
        if (!withdrawable(resolution)) {
            throw new RefundRefusals.InvalidResolution(resolution.getRmaNumber() + " line " + resolution.getLineNo()
                    + ": only a standing exchange or replacement can be withdrawn");
        }
        Instant now = clock.instant();
        ReturnForMoney r = settlement.lock(client, resolution.getReturnId());
        List<MoneyMovement> its =
                movements.findByClientIdAndReturnLineId(client.value(), resolution.getReturnLineId()).stream()
                        .filter(m -> m.getResolutionId().equals(resolution.getId()))
                        .toList();
        if (its.stream().anyMatch(m -> m.getStatus() == MovementStatus.ISSUED)) {
            throw new ExchangeMoneyMoved(resolution.getRmaNumber(), resolution.getLineNo());
        }
        LineAccount account = accounts.lock(client, r, r.line(resolution.getLineNo()));
        for (MoneyMovement m : its) {
            if (m.getStatus() != MovementStatus.CANCELLED) {
                m.cancel(reason, now);
                if (m.getKind().countsAgainstPaid()) {
                    account.release(m.money(), 0);
                }
                movements.save(m);
            }
        }
        account.release(org.retrogistics.shared.Money.zero(account.paid().currency()), resolution.getQuantity());
        accounts.save(client, account);
        stock.putBack(client, resolution.getGoodsSku(), resolution.getQuantity());
        resolution.withdraw(reason, now);
        resolutions.save(resolution);
        settlement.withdrawResolution(
                client,
                r.id(),
                new ResolvedUnits(
                        resolution.getLineNo(),
                        resolution.getQuantity(),
                        !its.isEmpty(),
                        by,
                        resolution.getKind() + " withdrawn: " + reason));
        settlement.takeBack(client, r.id(), resolution.getLineNo(), resolution.getQuantity(), by, "exchange withdrawn");
        return resolution;
    }

    /** The exchange's price difference was paid out or charged already. */
    public static class ExchangeMoneyMoved extends DomainException {
        public ExchangeMoneyMoved(String rma, int lineNo) {
            super(
                    Kind.CONFLICT,
                    "exchange-money-moved",
                    rma + " line " + lineNo + ": the exchange's price difference was paid or charged already; it"
                            + " cannot be withdrawn");
        }
    }
}
