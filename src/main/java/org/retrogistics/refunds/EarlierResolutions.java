package org.retrogistics.refunds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.refunds.internal.LineResolutionRepository;
import org.retrogistics.refunds.internal.MoneyMovementRepository;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnForMoney;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;
import org.springframework.stereotype.Component;

/** What the return's earlier resolutions took already: units of a line, and the return shipping fee. */
@Component
class EarlierResolutions {

    private final MoneyMovementRepository movements;
    private final LineResolutionRepository resolutions;
    private final CustodyLedger custody;
    private final RefundsSettings settings;

    EarlierResolutions(
            MoneyMovementRepository movements,
            LineResolutionRepository resolutions,
            CustodyLedger custody,
            RefundsSettings settings) {
        this.movements = movements;
        this.resolutions = resolutions;
        this.custody = custody;
        this.settings = settings;
    }

    /** The return shipping fee, once per return: zero when no fee is set or a movement not cancelled took it. */
    Money shippingFeeDue(ClientId client, ReturnForMoney r, Money zero) {
        if (settings.returnShippingFee().signum() <= 0) {
            return zero;
        }
        BigDecimal taken = movements.shippingFeesTaken(client.value(), r.id(), MovementStatus.CANCELLED);
        return taken.signum() > 0 ? zero : new Money(settings.returnShippingFee(), zero.currency());
    }

    /**
     * The line's units not yet named by another resolution that still stands (one whose money movements were all
     * cancelled gave its units back), in licence-plate order.
     */
    List<UUID> freeUnits(ClientId client, ReturnForMoney r, ReturnForMoney.Line line, int quantity) {
        Map<UUID, List<MoneyMovement>> moves = new HashMap<>();
        movements.findByClientIdAndReturnLineId(client.value(), line.id()).forEach(m -> moves.computeIfAbsent(
                        m.getResolutionId(), k -> new ArrayList<>())
                .add(m));
        Set<UUID> taken = new HashSet<>();
        resolutions.findByClientIdAndReturnIdOrderByCreatedAt(client.value(), r.id()).stream()
                .filter(x -> x.getReturnLineId().equals(line.id()))
                .filter(x -> !x.isWithdrawn())
                .filter(x -> {
                    List<MoneyMovement> its = moves.getOrDefault(x.getId(), List.of());
                    boolean money = x.getKind() == Resolution.REFUND || x.getKind() == Resolution.STORE_CREDIT;
                    return !money
                            || its.isEmpty()
                            || its.stream().anyMatch(m -> m.getStatus() != MovementStatus.CANCELLED);
                })
                .forEach(x -> taken.addAll(x.unitIdList()));
        return custody.unitsFor(client, List.of(line.sourceRef())).stream()
                .sorted(Comparator.comparing(UnitSnapshot::licencePlate))
                .map(UnitSnapshot::id)
                .filter(id -> !taken.contains(id))
                .limit(quantity)
                .toList();
    }
}
