package org.retrogistics.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retrogistics.testing.PublishingAsTheOwner.grading;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.testing.PublishingAsTheOwner;
import org.retrogistics.testing.SliceFixtures;
import org.retrogistics.testing.SliceFixtures.Received;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transport's copy of the battery state (ADR 0024): a grading published in a transaction is in the copy when that
 * transaction commits, and a repeated or older grading does not overwrite a newer one.
 * Runs as a slice of the module (and those it uses), with the event published as its owner would.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"access", "returns", "orders"})
@TestPropertySource(properties = "retrogistics.demo.seed=never")
class InspectedBatteriesIT {

    @Autowired
    CatalogManagement catalog;

    @Autowired
    JdbcClient jdbc;

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

        publish(grading(unit).battery(BatteryState.OK).at(first));
        assertThat(batteries.of(unit.client(), unit.unitId()))
                .hasValueSatisfying(i -> assertThat(i.batteryState()).isEqualTo(BatteryState.OK));

        publish(grading(unit).battery(BatteryState.DAMAGED_DEFECTIVE).at(later));
        // the first grading delivered again, late: older than what transport knows
        publish(grading(unit).battery(BatteryState.OK).at(first));
        // the newer one repeated
        publish(grading(unit).battery(BatteryState.DAMAGED_DEFECTIVE).at(later));

        assertThat(batteries.of(unit.client(), unit.unitId()))
                .hasValueSatisfying(i -> assertThat(i.batteryState()).isEqualTo(BatteryState.DAMAGED_DEFECTIVE));
        // another client does not see the unit's battery
        assertThat(batteries.of(SliceFixtures.newClient(catalog), unit.unitId()))
                .isEmpty();
    }

    private void publish(Object... published) {
        new PublishingAsTheOwner(tx, events, jdbc).publish(unit.unitId(), published);
    }
}
