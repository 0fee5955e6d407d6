package org.retrogistics.refunds;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.retrogistics.inspection.UnitHeld;
import org.retrogistics.refunds.internal.MoneyMovementRepository;
import org.retrogistics.shared.ClientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Inspection held a unit for its authenticity: the reason is kept for money not resolved yet, and any of its money not
 * yet paid stops.
 */
@Service
class HoldingRefunds {

    private final JdbcClient jdbc;
    private final ReturnedUnits returnedUnits;
    private final MoneyMovementRepository movements;
    private final Clock clock;

    HoldingRefunds(
            JdbcClient jdbc, ReturnedUnits returnedUnits, MoneyMovementRepository movements, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.returnedUnits = returnedUnits;
        this.movements = movements;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @ApplicationModuleListener
    void on(UnitHeld e) {
        ClientId client = new ClientId(e.clientId());
        jdbc.sql(
                        """
                        insert into refund_hold (unit_id, client_id, rma_number, reason, held_at)
                        values (?, ?, ?, ?, ?) on conflict (unit_id) do nothing
                        """)
                .params(e.unitId(), client.value(), e.rmaNumber(), e.reason(), Timestamp.from(e.occurredAt()))
                .update();
        returnedUnits.lineOf(client, e.unitId()).ifPresent(where -> {
            for (MoneyMovement m :
                    movements.findByClientIdAndReturnIdOrderByCreatedAt(client.value(), where.returnId())) {
                if (m.unitIdList().contains(e.unitId()) && m.allows(MovementTrigger.HOLD)) {
                    m.hold("authenticity hold: " + e.reason(), clock.instant());
                    movements.save(m);
                }
            }
        });
    }
}
