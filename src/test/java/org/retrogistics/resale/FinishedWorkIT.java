package org.retrogistics.resale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retrogistics.testing.PublishingAsTheOwner.completed;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.disposition.WorkKind;
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
 * Resale's record of finished work (ADR 0024): each completed work order is recorded in the completing transaction,
 * per unit and kind the newest one; a repeated or older completion does not replace it.
 * Runs as a slice of the module (and those it uses), with the event published as its owner would.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"access", "returns", "orders"})
@TestPropertySource(properties = "retrogistics.demo.seed=never")
class FinishedWorkIT {

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
    FinishedWork finished;

    @Test
    void eachKindOfWorkKeepsItsNewestCompletion() {
        unit = SliceFixtures.unitAtDock(catalog, custody);
        Instant first = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID repair = UUID.randomUUID();
        UUID repairAgain = UUID.randomUUID();
        UUID wipe = UUID.randomUUID();
        assertThat(finished.kinds(unit.client(), unit.unitId())).isEmpty();

        publish(completed(unit, repair, WorkKind.REPAIR, first));
        publish(completed(unit, repairAgain, WorkKind.REPAIR, first.plusSeconds(60)));
        publish(completed(unit, wipe, WorkKind.SANITISE, first.plusSeconds(30)));
        // the first repair delivered again, late
        publish(completed(unit, repair, WorkKind.REPAIR, first));

        assertThat(finished.kinds(unit.client(), unit.unitId()))
                .containsExactlyInAnyOrder(WorkKind.REPAIR, WorkKind.SANITISE);
        assertThat(finished.lastOrder(unit.client(), unit.unitId(), WorkKind.REPAIR))
                .contains(repairAgain);
        assertThat(finished.kinds(SliceFixtures.newClient(catalog), unit.unitId()))
                .isEmpty();
    }

    private void publish(Object... published) {
        new PublishingAsTheOwner(tx, events, jdbc).publish(unit.unitId(), published);
    }
}
