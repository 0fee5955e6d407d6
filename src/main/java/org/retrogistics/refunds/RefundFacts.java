package org.retrogistics.refunds;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.RecoveryFacts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the recovery ledger what refunds cost per unit, and what exchanges saved; one fact per unit. */
@Component
class RefundFacts {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    RefundFacts(ApplicationEventPublisher events, Optional<Clock> clock) {
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Where a fact comes from. */
    private record Source(RecoveryFacts.Kind kind, String type, String ref) {}

    /** A refund paid on the movement's units. */
    void refunded(ClientId client, MoneyMovement m) {
        publish(
                client,
                m.getReturnId(),
                m.unitIdList(),
                m.money(),
                new Source(RecoveryFacts.Kind.REFUND, "refund", m.getId().toString()));
    }

    /** Goods sent out instead of a refund: the refund avoided on the resolution's units. */
    void refundAvoided(ClientId client, UUID returnId, List<UUID> units, Money goodsValue, UUID resolutionId) {
        publish(
                client,
                returnId,
                units,
                goodsValue,
                new Source(RecoveryFacts.Kind.REFUND_AVOIDED, "resolution", resolutionId.toString()));
    }

    /** The amount split evenly and exactly over the units. */
    private void publish(ClientId client, UUID returnId, List<UUID> units, Money total, Source source) {
        List<Money> shares = total.split(units.size());
        List<RecoveryFacts.Entry> entries = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            entries.add(new RecoveryFacts.Entry(
                    units.get(i), returnId, client, source.kind(), shares.get(i), source.type(), source.ref()));
        }
        events.publishEvent(new RecoveryFacts(entries, clock.instant()));
    }
}
