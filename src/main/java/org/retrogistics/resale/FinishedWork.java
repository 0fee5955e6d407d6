package org.retrogistics.resale;

import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.retrogistics.disposition.WorkKind;
import org.retrogistics.shared.ClientId;
import org.retrogistics.workshop.WorkOrderCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resale's record of the work finished on each unit (ADR 0024): per unit and kind of work, the newest work order of
 * that kind completed. Kept in the completing transaction (ADR 0022), so a unit whose work is done can be listed at
 * once; a repeated or older completion changes nothing.
 */
@Component
class FinishedWork {

    private final JdbcClient jdbc;

    FinishedWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(WorkOrderCompleted e) {
        jdbc.sql(
                        """
                        insert into finished_work (unit_id, kind, client_id, work_order_id, completed_at)
                        values (:unit, :kind, :client, :order, :at)
                        on conflict (unit_id, kind) do update
                          set work_order_id = excluded.work_order_id, completed_at = excluded.completed_at
                          where finished_work.completed_at <= excluded.completed_at
                        """)
                .param("unit", e.unitId())
                .param("kind", e.kind().name())
                .param("client", e.clientId())
                .param("order", e.workOrderId())
                .param("at", Timestamp.from(e.occurredAt()))
                .update();
    }

    /** The kinds of work some work order finished on the unit. */
    Set<WorkKind> kinds(ClientId client, UUID unitId) {
        Set<WorkKind> kinds = EnumSet.noneOf(WorkKind.class);
        jdbc.sql("select kind from finished_work where unit_id = :unit and client_id = :client")
                .param("unit", unitId)
                .param("client", client.value())
                .query(String.class)
                .list()
                .forEach(k -> kinds.add(WorkKind.valueOf(k)));
        return kinds;
    }

    /** The work order that last finished work of this kind on the unit, if any (for tests and reasons). */
    Optional<UUID> lastOrder(ClientId client, UUID unitId, WorkKind kind) {
        return jdbc.sql("select work_order_id from finished_work where unit_id = :unit and client_id = :client"
                        + " and kind = :kind")
                .param("unit", unitId)
                .param("client", client.value())
                .param("kind", kind.name())
                .query(UUID.class)
                .optional();
    }
}
