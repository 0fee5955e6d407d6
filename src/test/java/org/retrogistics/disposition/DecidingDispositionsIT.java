package org.retrogistics.disposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.custody.CustodyLedger;
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
 * The disposition module alone: a grade from inspection is decided (every option weighed, the decision kept and
 * announced), and a later grade decides the same unit again as a new revision.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"access", "custody"})
@TestPropertySource(properties = "retrogistics.demo.seed=never")
class DecidingDispositionsIT {

    @Autowired
    CatalogManagement catalog;

    @Autowired
    CustodyLedger custody;

    @Autowired
    DispositionManagement dispositions;

    @Test
    void aGradedUnitIsDecidedAndTheDecisionAnnounced(Scenario scenario) {
        Received unit = SliceFixtures.unitAtDock(catalog, custody);

        scenario.publish(graded(unit, FunctionalGrade.F3, CosmeticGrade.B, false, "inspection"))
                .andWaitForEventOfType(DispositionDecided.class)
                .matching(e -> e.unitId().equals(unit.unitId()))
                .toArriveAndVerify(decided -> {
                    assertThat(decided.revision()).isEqualTo(1);
                    assertThat(decided.previous()).isNull();
                    assertThat(decided.trigger()).isEqualTo("graded by inspection");
                    // a phone holds data and was not wiped: the work decided includes the wipe
                    assertThat(decided.requiredWork()).contains(WorkKind.SANITISE);
                });
        assertThat(dispositions.current(unit.client(), unit.unitId())).get().satisfies(stored -> {
            assertThat(stored.revision()).isEqualTo(1);
            assertThat(stored.decision().facts().functionalGrade()).isEqualTo(FunctionalGrade.F3);
        });
    }

    @Test
    void aLaterGradeDecidesTheUnitAgainAsANewRevision(Scenario scenario) {
        Received unit = SliceFixtures.unitAtDock(catalog, custody);
        scenario.publish(graded(unit, FunctionalGrade.F3, CosmeticGrade.B, false, "inspection"))
                .andWaitForEventOfType(DispositionDecided.class)
                .matching(e -> e.unitId().equals(unit.unitId()))
                .toArrive();

        scenario.publish(graded(unit, FunctionalGrade.F0, CosmeticGrade.A, true, "workshop"))
                .andWaitForEventOfType(DispositionDecided.class)
                .matching(e -> e.unitId().equals(unit.unitId()) && e.revision() == 2)
                .toArriveAndVerify(decided -> {
                    assertThat(decided.trigger()).isEqualTo("graded by workshop");
                    assertThat(decided.requiredWork()).doesNotContain(WorkKind.SANITISE);
                });
        assertThat(dispositions.current(unit.client(), unit.unitId())).get().satisfies(stored -> {
            assertThat(stored.revision()).isEqualTo(2);
            assertThat(stored.decision().facts().sanitisationPassed()).isTrue();
        });
    }

    private static UnitGraded graded(
            Received unit, FunctionalGrade functional, CosmeticGrade cosmetic, boolean sanitised, String source) {
        return new UnitGraded(
                unit.unitId(),
                unit.client().value(),
                unit.product().id(),
                UUID.randomUUID(),
                functional,
                cosmetic,
                true,
                sanitised,
                false,
                BatteryState.OK,
                false,
                "DEFECTIVE",
                "REFUND",
                source,
                Instant.now());
    }
}
