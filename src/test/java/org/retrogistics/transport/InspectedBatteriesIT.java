package org.retrogistics.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.inspection.UnitGraded;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;
import org.retrogistics.testing.ApiTestSupport;
import org.retrogistics.testing.PublishingAsTheOwner;
import org.retrogistics.testing.SliceFixtures;
import org.retrogistics.testing.SliceFixtures.Received;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transport's copy of the battery state (ADR 0024): a grading published in a transaction is in the copy when that
 * transaction commits, and a repeated or older grading does not overwrite a newer one.
 */
class InspectedBatteriesIT extends ApiTestSupport {

    @Autowired
    CustodyLedger custody;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    private Received unit;

    @Autowired
    InspectedBatteries batteries;

    @Test
    void theNewestGradingsBatteryStateIsKept() {
        unit = SliceFixtures.unitAtDock(catalog, custody);
        Instant first = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant later = first.plusSeconds(60);
        assertThat(batteries.of(unit.client(), unit.unitId())).isEmpty();

        publish(graded(unit, BatteryState.OK, first));
        assertThat(batteries.of(unit.client(), unit.unitId()))
                .hasValueSatisfying(i -> assertThat(i.batteryState()).isEqualTo(BatteryState.OK));

        publish(graded(unit, BatteryState.DAMAGED_DEFECTIVE, later));
        // the first grading delivered again, late: older than what transport knows
        publish(graded(unit, BatteryState.OK, first));
        // the newer one repeated
        publish(graded(unit, BatteryState.DAMAGED_DEFECTIVE, later));

        assertThat(batteries.of(unit.client(), unit.unitId()))
                .hasValueSatisfying(i -> assertThat(i.batteryState()).isEqualTo(BatteryState.DAMAGED_DEFECTIVE));
        // another client does not see the unit's battery
        assertThat(batteries.of(SliceFixtures.newClient(catalog), unit.unitId()))
                .isEmpty();
    }

    private void publish(Object... published) {
        new PublishingAsTheOwner(tx, events, jdbc).publish(unit.unitId(), published);
    }

    private static UnitGraded graded(Received unit, BatteryState battery, Instant at) {
        return new UnitGraded(
                unit.unitId(),
                unit.client().value(),
                unit.product().id(),
                UUID.randomUUID(),
                FunctionalGrade.F2,
                CosmeticGrade.B,
                true,
                false,
                false,
                battery,
                false,
                null,
                null,
                "projection-test",
                at);
    }
}
