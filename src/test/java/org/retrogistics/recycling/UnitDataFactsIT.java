package org.retrogistics.recycling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retrogistics.testing.PublishingAsTheOwner.completed;
import static org.retrogistics.testing.PublishingAsTheOwner.grading;
import static org.retrogistics.testing.PublishingAsTheOwner.sanitised;

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
 * Recycling's copy of a unit's data facts (ADR 0024): whether it can hold data from its newest grading, and the
 * certificate of its newest passed sanitisation, each safe against repeated or late events.
 * Runs as a slice of the module (and those it uses), with the event published as its owner would.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"access", "returns", "orders"})
@TestPropertySource(properties = "retrogistics.demo.seed=never")
class UnitDataFactsIT {

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
    UnitDataFacts facts;

    @Test
    void theNewestGradingAndSanitisationAreKept() {
        unit = SliceFixtures.unitAtDock(catalog, custody);
        Instant first = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        assertThat(facts.dataBearing(unit.client(), unit.unitId())).isEmpty();
        assertThat(facts.sanitisationCertificate(unit.client(), unit.unitId())).isEmpty();

        publish(grading(unit).dataBearing(true).at(first.plusSeconds(60)));
        publish(grading(unit).dataBearing(false).at(first)); // older, late
        publish(sanitised(unit, "CERT-NEW", first.plusSeconds(120)));
        publish(sanitised(unit, "CERT-OLD", first.plusSeconds(90))); // older, late
        publish(sanitised(unit, "CERT-NEW", first.plusSeconds(120))); // repeated
        // other work closing carries no sanitisation and changes nothing
        publish(completed(unit, UUID.randomUUID(), WorkKind.REPAIR, first.plusSeconds(180)));

        assertThat(facts.dataBearing(unit.client(), unit.unitId())).contains(true);
        assertThat(facts.sanitisationCertificate(unit.client(), unit.unitId())).contains("CERT-NEW");
        assertThat(facts.sanitisationCertificate(SliceFixtures.newClient(catalog), unit.unitId()))
                .isEmpty();
    }

    private void publish(Object... published) {
        new PublishingAsTheOwner(tx, events, jdbc).publish(unit.unitId(), published);
    }
}
