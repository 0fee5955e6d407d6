package org.retrogistics.workshop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.RecoveryFacts;
import org.retrogistics.shared.RecoveryFacts.Entry;
import org.retrogistics.shared.RecoveryFacts.Kind;

/**
 * What a completed work order cost and recovered, as recovery facts of its unit: LABOUR (minutes × the hourly rate),
 * PARTS (the parts used at their recorded cost) and PARTS_VALUE (each harvested part at its catalogue value). Each fact
 * names the work order, so the ledger records it once however often it is delivered.
 */
final class WorkOrderCosts {

    static final String SOURCE_TYPE = "work-order";
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private WorkOrderCosts() {}

    /** A harvested part's licence plate and its value (null when the catalogue gives none). */
    record Harvested(String plate, Money value) {}

    static Optional<RecoveryFacts> of(
            WorkOrder order, BigDecimal ratePerHour, Currency currency, List<Harvested> harvested, Instant at) {
        ClientId client = new ClientId(order.getClientId());
        List<Entry> entries = new ArrayList<>();
        if (order.getLabourMinutes() > 0) {
            BigDecimal labour = ratePerHour
                    .multiply(BigDecimal.valueOf(order.getLabourMinutes()))
                    .divide(MINUTES_PER_HOUR, 10, RoundingMode.HALF_EVEN);
            entries.add(entry(order, client, Kind.LABOUR, new Money(labour, currency), order.getNumber()));
        }
        BigDecimal parts = order.partsCost();
        if (parts.signum() > 0) {
            entries.add(entry(order, client, Kind.PARTS, new Money(parts, currency), order.getNumber()));
        }
        for (Harvested h : harvested) {
            if (h.value() != null && h.value().amount().signum() > 0) {
                entries.add(entry(order, client, Kind.PARTS_VALUE, h.value(), order.getNumber() + "/" + h.plate()));
            }
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(new RecoveryFacts(entries, at));
    }

    private static Entry entry(WorkOrder order, ClientId client, Kind kind, Money amount, String ref) {
        return new Entry(order.getUnitId(), null, client, kind, amount, SOURCE_TYPE, ref);
    }
}
