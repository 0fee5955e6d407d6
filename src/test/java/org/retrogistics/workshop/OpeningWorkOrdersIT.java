package org.retrogistics.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.disposition.DispositionManagement;
import org.retrogistics.disposition.WorkKind;
import org.retrogistics.inspection.UnitGraded;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;
import org.retrogistics.testing.SliceFixtures;
import org.retrogistics.testing.SliceFixtures.Received;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The workshop with the modules it listens to: a unit's grade reaches disposition, and the decision, when it needs
 * work, opens one work order per kind of work it names.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "orders")
@TestPropertySource(properties = "retrogistics.demo.seed=never")
class OpeningWorkOrdersIT {

    @Autowired
    CatalogManagement catalog;

    @Autowired
    CustodyLedger custody;

    @Autowired
    DispositionManagement dispositions;

    @Autowired
    WorkshopManagement workshop;

    @Test
    void aDecisionThatNeedsWorkOpensAnOrderPerKind(Scenario scenario) {
        Received unit = SliceFixtures.unitAtDock(catalog, custody);

        // inspection's grade reaches disposition, whose decision reaches the workshop
        scenario.publish(graded(unit))
                .andWaitForStateChange(() -> openKinds(unit), kinds -> !kinds.isEmpty())
                .andVerify(kinds -> {
                    List<WorkKind> decided = List.copyOf(dispositions
                            .summary(unit.client(), unit.unitId())
                            .orElseThrow()
                            .requiredWork());
                    assertThat(kinds).containsExactlyInAnyOrderElementsOf(decided);
                    assertThat(kinds).contains(WorkKind.SANITISE);
                });
    }

    private List<WorkKind> openKinds(Received unit) {
        return workshop.forUnit(unit.client(), unit.unitId()).stream()
                .map(WorkOrderSnapshot::kind)
                .toList();
    }

    private static UnitGraded graded(Received unit) {
        return new UnitGraded(
                unit.unitId(),
                unit.client().value(),
                unit.product().id(),
                UUID.randomUUID(),
                FunctionalGrade.F3,
                CosmeticGrade.B,
                true,
                false,
                false,
                BatteryState.OK,
                false,
                "DEFECTIVE",
                "REFUND",
                "inspection",
                Instant.now());
    }
}
