package org.retrogistics.refunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retrogistics.testing.PublishingAsTheOwner.grading;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.inspection.UnitHeld;
import org.retrogistics.refunds.RefundAllowance.Condition;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;
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
 * Refunds' copy of a unit's grades and hold (ADR 0024): fed by inspection's gradings and holds in their transaction;
 * grades and hold reason are each kept from the newest event of their kind, so repeated or late events change nothing.
 * Runs as a slice of the module (and those it uses), with the event published as its owner would.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"access", "returns", "orders"})
@TestPropertySource(properties = "retrogistics.demo.seed=never")
class UnitGradesIT {

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
    UnitGrades grades;

    @Test
    void gradesAndHoldComeFromTheNewestEventOfTheirKind() {
        unit = SliceFixtures.unitAtDock(catalog, custody);
        Instant inspected = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant regraded = inspected.plusSeconds(600);
        assertThat(grades.of(unit.client(), unit.unitId())).isEmpty();

        // as inspection publishes them: the hold first, then the grading, in one transaction
        publish(
                new UnitHeld(unit.unitId(), unit.client().value(), null, "serial mismatch", inspected),
                grading(unit)
                        .grades(FunctionalGrade.F3, CosmeticGrade.C)
                        .held(true)
                        .at(inspected));
        assertThat(grades.of(unit.client(), unit.unitId()))
                .contains(new UnitGrades.Graded(
                        new Condition(FunctionalGrade.F3, CosmeticGrade.C), true, "serial mismatch"));

        // a work order regrades the unit later; the hold stays with its reason
        publish(grading(unit)
                .grades(FunctionalGrade.F1, CosmeticGrade.B)
                .held(true)
                .at(regraded));
        // the first grading and its hold delivered again, late
        publish(grading(unit)
                .grades(FunctionalGrade.F3, CosmeticGrade.C)
                .held(true)
                .at(inspected));
        publish(new UnitHeld(unit.unitId(), unit.client().value(), null, "an older reason", inspected.minusSeconds(1)));
        // the regrading repeated
        publish(grading(unit)
                .grades(FunctionalGrade.F1, CosmeticGrade.B)
                .held(true)
                .at(regraded));

        assertThat(grades.of(unit.client(), unit.unitId()))
                .contains(new UnitGrades.Graded(
                        new Condition(FunctionalGrade.F1, CosmeticGrade.B), true, "serial mismatch"));
        assertThat(grades.of(SliceFixtures.newClient(catalog), unit.unitId())).isEmpty();
    }

    private void publish(Object... published) {
        new PublishingAsTheOwner(tx, events, jdbc).publish(unit.unitId(), published);
    }
}
