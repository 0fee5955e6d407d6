package org.retrogistics.inspection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.inspection.InspectionManagement.QueuedUnit;
import org.retrogistics.receiving.UnitReceived;
import org.retrogistics.shared.ClientId;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The units waiting for inspection: one task per unit received, done when the unit is first inspected. A task keeps the
 * unit's licence plate and SKU from {@link UnitReceived}, so the queue reads inspection's own table only.
 */
@Component
class InspectionQueue {

    /** Why the unit came back and where the dock sent it: the path it is inspected on, its reason and its RMA. */
    record Task(String path, String reason, String resolution, String rma) {}

    /** A queued unit's columns, in {@link #QUEUED}'s order. */
    private static final String QUEUED_COLUMNS =
            "t.unit_id, t.licence_plate, t.sku, t.path, t.reason, t.outcome, t.rma_number, t.queued_at";

    private static final RowMapper<QueuedUnit> QUEUED = (rs, i) -> new QueuedUnit(
            rs.getObject(1, UUID.class),
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getString(7),
            rs.getTimestamp(8).toInstant());

    private final JdbcClient jdbc;

    InspectionQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Receiving took a unit in: queue it on the path its reason or the dock's finding implies, in the receipt's own
     * transaction (a unit received is a unit queued; ADR 0022). Should the unit have been inspected already (a unit received
     * again), its task is recorded as done.
     */
    @EventListener
    void on(UnitReceived received) {
        jdbc.sql(
                        """
                        insert into inspection_task (unit_id, client_id, licence_plate, sku, path, reason, resolution,
                          outcome, rma_number, queued_at, done_at)
                        values (:unit, :client, :plate, :sku, :path, :reason, :resolution, :outcome, :rma, :at,
                          (select max(inspected_at) from inspection where unit_id = :unit))
                        on conflict (unit_id) do nothing
                        """)
                .param("unit", received.unitId())
                .param("client", received.clientId())
                .param("plate", received.licencePlate())
                .param("sku", received.sku())
                .param("path", received.inspectionPath())
                .param("reason", received.reason())
                .param("resolution", received.resolution())
                .param("outcome", received.outcome().name())
                .param("rma", received.rmaNumber())
                .param("at", Timestamp.from(received.occurredAt()))
                .update();
    }

    List<QueuedUnit> queue(ClientId client, int limit) {
        return jdbc.sql(
                        """
                        select %s from inspection_task t
                        where t.client_id = :client and t.done_at is null
                        order by t.queued_at limit :limit
                        """
                                .formatted(QUEUED_COLUMNS))
                .param("client", client.value())
                .param("limit", limit)
                .query(QUEUED)
                .list();
    }

    /** The unit's task while it waits in the client's queue (none once inspected): one row by its key. */
    Optional<QueuedUnit> waiting(ClientId client, UUID unitId) {
        return jdbc.sql(
                        """
                        select %s from inspection_task t
                        where t.unit_id = :unit and t.client_id = :client and t.done_at is null
                        """
                                .formatted(QUEUED_COLUMNS))
                .param("unit", unitId)
                .param("client", client.value())
                .query(QUEUED)
                .optional();
    }

    Optional<Task> task(UUID unitId) {
        return jdbc.sql("select path, reason, resolution, rma_number from inspection_task where unit_id = :unit")
                .param("unit", unitId)
                .query((rs, i) -> new Task(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** The unit was inspected: its task leaves the queue. */
    void done(UUID unitId, Instant at) {
        jdbc.sql("update inspection_task set done_at = :at where unit_id = :unit and done_at is null")
                .param("at", Timestamp.from(at))
                .param("unit", unitId)
                .update();
    }
}
