package org.retrogistics.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.retrogistics.disposition.WorkKind;
import org.retrogistics.inspection.UnitGraded;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;
import org.retrogistics.testing.SliceFixtures.Received;
import org.retrogistics.workshop.WorkOrderCompleted;
import org.retrogistics.workshop.WorkOrderRecords.SanitisationMethod;
import org.retrogistics.workshop.WorkOrderRecords.SanitisationRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes a module's event as its owner does, in a transaction of its own, so the listeners in the publishing
 * transaction (ADR 0022) run with it; then waits until the listeners it started through the event publication registry
 * have finished for the unit, so the next event does not race them and none is left behind for other tests. Also
 * makes the events the projections' tests publish: a unit's grading and a work order's completion.
 */
public final class PublishingAsTheOwner {

    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    public PublishingAsTheOwner(TransactionTemplate tx, ApplicationEventPublisher events, JdbcClient jdbc) {
        this.tx = tx;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Publishes the events in one transaction and waits for what they set off on the unit to complete. */
    public void publish(UUID unitId, Object... published) {
        tx.executeWithoutResult(status -> {
            for (Object event : published) {
                events.publishEvent(event);
            }
        });
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql(
                                        """
                                        select count(*) from event_publication
                                        where completion_date is null and serialized_event like :unit
                                        """)
                                .param("unit", "%" + unitId + "%")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    /** A grading of the unit as inspection publishes it: F2/B, data-bearing, battery OK, no hold, unless told. */
    public static Grading grading(Received unit) {
        return new Grading(unit);
    }

    /** A work order of the unit completed at {@code at}, with no sanitisation record. */
    public static WorkOrderCompleted completed(Received unit, UUID order, WorkKind kind, Instant at) {
        return new WorkOrderCompleted(
                order,
                unit.client().value(),
                unit.unitId(),
                "WO-" + order.toString().substring(0, 8),
                kind,
                null,
                at);
    }

    /** A wipe of the unit completed and passed at {@code at}, with its certificate. */
    public static WorkOrderCompleted sanitised(Received unit, String certificate, Instant at) {
        return new WorkOrderCompleted(
                UUID.randomUUID(),
                unit.client().value(),
                unit.unitId(),
                "WO-" + certificate,
                WorkKind.SANITISE,
                new SanitisationRecord(SanitisationMethod.PURGE, "wiper 2", true, "tech", at, certificate),
                at);
    }

    /** The grading being made: each method changes one fact, {@link #at} makes the event. */
    public static final class Grading {

        private final Received unit;
        private FunctionalGrade functional = FunctionalGrade.F2;
        private CosmeticGrade cosmetic = CosmeticGrade.B;
        private boolean dataBearing = true;
        private BatteryState battery = BatteryState.OK;
        private boolean held;

        private Grading(Received unit) {
            this.unit = unit;
        }

        public Grading grades(FunctionalGrade functional, CosmeticGrade cosmetic) {
            this.functional = functional;
            this.cosmetic = cosmetic;
            return this;
        }

        public Grading dataBearing(boolean dataBearing) {
            this.dataBearing = dataBearing;
            return this;
        }

        public Grading battery(BatteryState battery) {
            this.battery = battery;
            return this;
        }

        /** Held for an authenticity check. */
        public Grading held(boolean held) {
            this.held = held;
            return this;
        }

        /** The grading as of {@code at}, from an inspection of its own. */
        public UnitGraded at(Instant at) {
            return new UnitGraded(
                    unit.unitId(),
                    unit.client().value(),
                    unit.product().id(),
                    UUID.randomUUID(),
                    functional,
                    cosmetic,
                    dataBearing,
                    false,
                    false,
                    battery,
                    held,
                    null,
                    null,
                    "projection-test",
                    at);
        }
    }
}
