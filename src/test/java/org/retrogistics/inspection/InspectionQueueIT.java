package org.retrogistics.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.receiving.ReceiptOutcome;
import org.retrogistics.receiving.UnitReceived;
import org.retrogistics.testing.SliceFixtures;
import org.retrogistics.testing.SliceFixtures.Received;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The inspection module alone: a unit received at the dock is queued on the path receiving named, and waits there until
 * it is inspected.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "access")
@TestPropertySource(properties = "retrogistics.demo.seed=never")
class InspectionQueueIT {

    @Autowired
    CatalogManagement catalog;

    @Autowired
    CustodyLedger custody;

    @Autowired
    InspectionQueue queue;

    @Test
    void aReceivedUnitIsQueuedOnThePathReceivingNamed(Scenario scenario) {
        Received unit = SliceFixtures.unitAtDock(catalog, custody);

        scenario.publish(received(unit, "FUNCTIONAL", "RMA-S1"))
                .andWaitForStateChange(() -> queue.task(unit.unitId()), Optional::isPresent)
                .andVerify(task -> {
                    assertThat(task.get().path()).isEqualTo("FUNCTIONAL");
                    assertThat(task.get().reason()).isEqualTo("DEFECTIVE");
                    assertThat(task.get().rma()).isEqualTo("RMA-S1");
                });
        assertThat(queue.queue(unit.client(), 10)).singleElement().satisfies(q -> {
            assertThat(q.licencePlate()).isEqualTo(unit.licencePlate());
            assertThat(q.sku()).isEqualTo(unit.product().sku());
        });
        // the inspection form finds the unit's own task by its key, while it waits and for its client only
        assertThat(queue.waiting(unit.client(), unit.unitId()))
                .hasValueSatisfying(q -> assertThat(q.rmaNumber()).isEqualTo("RMA-S1"));
        assertThat(queue.waiting(SliceFixtures.newClient(catalog), unit.unitId()))
                .isEmpty();
        queue.done(unit.unitId(), Instant.now());
        assertThat(queue.waiting(unit.client(), unit.unitId())).isEmpty();
    }

    private static UnitReceived received(Received unit, String path, String rma) {
        return new UnitReceived(
                unit.unitId(),
                unit.client().value(),
                unit.product().id(),
                unit.licencePlate(),
                unit.product().sku(),
                ReceiptOutcome.RECEIVED,
                "DEFECTIVE",
                "REFUND",
                path,
                rma,
                Instant.now());
    }
}
