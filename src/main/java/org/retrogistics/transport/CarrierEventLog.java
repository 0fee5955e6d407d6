package org.retrogistics.transport;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.retrogistics.transport.ShipmentManagement.CarrierEvent;
import org.retrogistics.transport.ShipmentManagement.EventOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every carrier event received, with what became of it; those that match nothing of ours kept once apart. */
@Component
class CarrierEventLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    CarrierEventLog(JdbcClient jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The answer to an event received before (unmatched then, or recorded), if it was. */
    Optional<EventOutcome> seenBefore(String carrier, CarrierEvent e) {
        Optional<String> unmatchedBefore = jdbc.sql(
                        "select reason from unmatched_carrier_event where carrier = :c and event_id = :e")
                .param("c", carrier)
                .param("e", e.eventId())
                .query(String.class)
                .optional();
        if (unmatchedBefore.isPresent()) {
            return Optional.of(new EventOutcome(
                    EventOutcome.UNMATCHED,
                    "event " + e.eventId() + " was received before and matched nothing (" + unmatchedBefore.get()
                            + "); it is kept once",
                    null,
                    null));
        }
        Optional<String> seen = jdbc.sql("select outcome from carrier_event where carrier = :c and event_id = :e")
                .param("c", carrier)
                .param("e", e.eventId())
                .query(String.class)
                .optional();
        return seen.map(outcome -> new EventOutcome(
                "DUPLICATE",
                "event " + e.eventId() + " was received before (" + outcome + "); nothing changed",
                null,
                null));
    }

    /** Kept once for an operator: a retry of the same event adds nothing. */
    EventOutcome unmatched(String carrier, CarrierEvent e, String type, String reason) {
        jdbc.sql(
                        """
                        insert into unmatched_carrier_event (carrier, event_id, type, tracking_number, client_code,
                          order_number, location, note, occurred_at, received_at, reason)
                        values (:c, :e, :type, :t, :client, :order, :location, :note, :at, :now, :reason)
                        on conflict (carrier, event_id) do nothing
                        """)
                .param("c", carrier)
                .param("e", e.eventId())
                .param("type", type)
                .param("t", e.trackingNumber())
                .param("client", e.clientCode())
                .param("order", e.orderNumber())
                .param("location", e.location())
                .param("note", e.note())
                .param("at", Timestamp.from(e.occurredAt()))
                .param("now", Timestamp.from(clock.instant()))
                .param("reason", reason)
                .update();
        return new EventOutcome(
                EventOutcome.UNMATCHED, "recorded, but it matches nothing of ours: " + reason, null, null);
    }

    EventOutcome record(String carrier, CarrierEvent e, String type, Shipment s, EventOutcome outcome) {
        jdbc.sql(
                        """
                        insert into carrier_event (carrier, event_id, tracking_number, shipment_id, type, occurred_at,
                          received_at, outcome, detail)
                        values (:c, :e, :t, :s, :type, :at, :now, :outcome, :detail)
                        """)
                .param("c", carrier)
                .param("e", e.eventId())
                .param("t", e.trackingNumber())
                .param("s", s == null ? null : s.getId())
                .param("type", type)
                .param("at", Timestamp.from(e.occurredAt()))
                .param("now", Timestamp.from(clock.instant()))
                .param("outcome", outcome.outcome())
                .param("detail", outcome.detail())
                .update();
        return outcome;
    }
}
