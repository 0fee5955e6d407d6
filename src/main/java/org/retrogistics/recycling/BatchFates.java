package org.retrogistics.recycling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.RecoveryFacts;
import org.retrogistics.shared.UnitFateReached;
import org.retrogistics.shared.UnitFateReached.Fate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a closed batch means for each of its units: it leaves custody to the recycler, its fate is published, and so is
 * its share of the batch's cost and rebate.
 */
@Component
class BatchFates {

    private final CustodyLedger custody;
    private final ApplicationEventPublisher events;

    BatchFates(CustodyLedger custody, ApplicationEventPublisher events) {
        this.custody = custody;
        this.events = events;
    }

    /** Every unit of the closed batch released to the recycler, with its fate and money. */
    void publish(ClientId client, RecyclingBatch batch, Recycler recycler, String actor, Instant now) {
        Fate fate = batch.getMethod().fate();
        for (BatchUnit u : batch.getUnits()) {
            custody.record(
                    client,
                    u.getUnitId(),
                    new CustodyMove(
                            CustodyEventType.RELEASED,
                            null,
                            "recycler:" + recycler.getCode(),
                            now,
                            actor,
                            "recycling-batch:" + batch.getNumber(),
                            batch.getMethod().description() + " on " + batch.getProcessedOn() + ", certificate "
                                    + batch.getCertificateNumber()));
            events.publishEvent(new UnitFateReached(
                    u.getUnitId(), client, fate, u.getWeightGrams(), "recycling-batch", batch.getNumber(), now));
        }
        List<RecoveryFacts.Entry> money = new ArrayList<>();
        money.addAll(shares(batch, client, batch.getCost(), RecoveryFacts.Kind.RECYCLING));
        money.addAll(shares(batch, client, batch.getRebate(), RecoveryFacts.Kind.RECYCLING_REBATE));
        if (!money.isEmpty()) {
            events.publishEvent(new RecoveryFacts(money, now));
        }
    }

    /**
     * A batch amount split over its units by weight (equally when nothing weighs anything), in the currency's minor
     * unit, the rounding remainder on the last unit so that the shares add up to the amount exactly.
     */
    static List<RecoveryFacts.Entry> shares(
            RecyclingBatch batch, ClientId client, BigDecimal amount, RecoveryFacts.Kind kind) {
        if (amount == null || amount.signum() == 0 || batch.getUnits().isEmpty()) {
            return List.of();
        }
        Currency currency = Currency.getInstance(batch.getCurrency());
        int scale = currency.getDefaultFractionDigits();
        BigDecimal total = amount.setScale(scale, RoundingMode.HALF_EVEN);
        List<BatchUnit> units = batch.getUnits();
        long grams = batch.totalGrams();
        List<RecoveryFacts.Entry> entries = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < units.size(); i++) {
            BatchUnit u = units.get(i);
            BigDecimal share = i == units.size() - 1
                    ? total.subtract(given)
                    : grams == 0
                            ? total.divide(BigDecimal.valueOf(units.size()), scale, RoundingMode.DOWN)
                            : total.multiply(BigDecimal.valueOf(u.getWeightGrams()))
                                    .divide(BigDecimal.valueOf(grams), scale, RoundingMode.DOWN);
            given = given.add(share);
            entries.add(new RecoveryFacts.Entry(
                    u.getUnitId(),
                    null,
                    client,
                    kind,
                    new Money(share, currency),
                    "recycling-batch",
                    batch.getNumber()));
        }
        return entries;
    }
}
