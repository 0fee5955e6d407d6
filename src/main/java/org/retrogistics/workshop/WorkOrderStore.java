package org.retrogistics.workshop;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.IfMatch;
import org.retrogistics.shared.NotFound;
import org.retrogistics.workshop.WorkshopManagement.StaleWorkOrder;
import org.retrogistics.workshop.internal.WorkOrderRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads a client's work orders (checking the version a step was sent with) and saves them with their timeline. */
@Component
class WorkOrderStore {

    private final WorkOrderRepository orders;
    private final JdbcClient jdbc;

    WorkOrderStore(WorkOrderRepository orders, JdbcClient jdbc) {
        this.orders = orders;
        this.jdbc = jdbc;
    }

    WorkOrder get(ClientId client, UUID id) {
        return orders.findByIdAndClientId(id, client.value()).orElseThrow(() -> new NotFound("work order", id));
    }

    WorkOrder load(ClientId client, UUID id, Long version) {
        WorkOrder order = get(client, id);
        IfMatch.requireCurrent(version, order.getVersion(), () -> new StaleWorkOrder(order, version));
        return order;
    }

    WorkOrder save(WorkOrder order) {
        List<WorkOrder.Move> moves = order.drainMoves();
        WorkOrder saved = orders.saveAndFlush(order);
        for (WorkOrder.Move m : moves) {
            jdbc.sql(
                            """
                            insert into work_order_event (work_order_id, from_status, to_status, actor, note, occurred_at)
                            values (:id, :from, :to, :actor, :note, :at)
                            """)
                    .param("id", saved.getId())
                    .param("from", m.from() == null ? null : m.from().name())
                    .param("to", m.to().name())
                    .param("actor", m.actor())
                    .param("note", m.note())
                    .param("at", Timestamp.from(m.at()))
                    .update();
        }
        return saved;
    }
}
