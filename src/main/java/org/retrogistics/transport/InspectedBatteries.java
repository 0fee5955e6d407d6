package org.retrogistics.transport;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.inspection.UnitGraded;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.ClientId;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Transport's copy of the battery state inspection found on each graded unit (ADR 0024), so a leg's manifest reads its
 * own table. Kept in the grading's transaction (ADR 0022): a unit graded is a battery known to the next leg.
 */
@Component
class InspectedBatteries {

    /** A unit was inspected; its battery state as the newest grading has it (null if the grading had none). */
    record Inspected(BatteryState batteryState) {}

    private final JdbcClient jdbc;

    InspectedBatteries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the newest grading's battery state; a repeated or older grading changes nothing. */
    @EventListener
    void on(UnitGraded e) {
        jdbc.sql(
                        """
                        insert into inspected_battery (unit_id, client_id, battery_state, graded_at)
                        values (:unit, :client, :state, :at)
                        on conflict (unit_id) do update
                          set battery_state = excluded.battery_state, graded_at = excluded.graded_at
                          where inspected_battery.graded_at <= excluded.graded_at
                        """)
                .param("unit", e.unitId())
                .param("client", e.clientId())
                .param(
                        "state",
                        e.batteryState() == null ? null : e.batteryState().name())
                .param("at", Timestamp.from(e.occurredAt()))
                .update();
    }

    /** The unit's battery as its newest grading found it; empty while the unit was never graded. */
    Optional<Inspected> of(ClientId client, UUID unitId) {
        return jdbc.sql("select battery_state from inspected_battery where unit_id = :unit and client_id = :client")
                .param("unit", unitId)
                .param("client", client.value())
                .query((rs, i) -> new Inspected(rs.getString(1) == null ? null : BatteryState.valueOf(rs.getString(1))))
                .optional();
    }
}
