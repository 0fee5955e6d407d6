package org.retrogistics.recycling;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.inspection.UnitGraded;
import org.retrogistics.shared.ClientId;
import org.retrogistics.workshop.WorkOrderCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recycling's copy of what it must know of a unit's data before the unit leaves (ADR 0024): whether the newest grading
 * says it can hold data, and the certificate of its newest passed sanitisation. Kept in the publishing transaction (ADR
 * 0022); each fact from the newest event of its kind, so a repeated or older event changes nothing.
 */
@Component
class UnitDataFacts {

    private final JdbcClient jdbc;

    UnitDataFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(UnitGraded e) {
        jdbc.sql(
                        """
                        insert into unit_data (unit_id, client_id, data_bearing, graded_at)
                        values (:unit, :client, :bearing, :at)
                        on conflict (unit_id) do update
                          set data_bearing = excluded.data_bearing, graded_at = excluded.graded_at
                          where unit_data.graded_at is null or unit_data.graded_at <= excluded.graded_at
                        """)
                .param("unit", e.unitId())
                .param("client", e.clientId())
                .param("bearing", e.dataBearing())
                .param("at", Timestamp.from(e.occurredAt()))
                .update();
    }

    /** A work order that closed with a passed sanitisation record: its certificate is the unit's newest. */
    @EventListener
    void on(WorkOrderCompleted e) {
        if (e.sanitisation() == null || !e.sanitisation().passed()) {
            return;
        }
        jdbc.sql(
                        """
                        insert into unit_data (unit_id, client_id, certificate_id, sanitised_at)
                        values (:unit, :client, :certificate, :at)
                        on conflict (unit_id) do update
                          set certificate_id = excluded.certificate_id, sanitised_at = excluded.sanitised_at
                          where unit_data.sanitised_at is null or unit_data.sanitised_at <= excluded.sanitised_at
                        """)
                .param("unit", e.unitId())
                .param("client", e.clientId())
                .param("certificate", e.sanitisation().certificateId())
                .param("at", Timestamp.from(e.occurredAt()))
                .update();
    }

    /** Whether the unit's newest grading says it can hold data; empty while it was never graded. */
    Optional<Boolean> dataBearing(ClientId client, UUID unitId) {
        return jdbc.sql(
                        """
                        select data_bearing from unit_data
                        where unit_id = :unit and client_id = :client and graded_at is not null
                        """)
                .param("unit", unitId)
                .param("client", client.value())
                .query(Boolean.class)
                .optional();
    }

    /** The certificate id of the unit's newest passed sanitisation. */
    Optional<String> sanitisationCertificate(ClientId client, UUID unitId) {
        return jdbc.sql(
                        """
                        select certificate_id from unit_data
                        where unit_id = :unit and client_id = :client and certificate_id is not null
                        """)
                .param("unit", unitId)
                .param("client", client.value())
                .query(String.class)
                .optional();
    }
}
