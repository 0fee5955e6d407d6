package org.retrogistics.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.RecoveryFacts;
import org.retrogistics.shared.RecoveryFacts.Kind;
import org.retrogistics.testing.SliceFixtures;
import org.retrogistics.testing.SliceFixtures.Received;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The analytics module with the ones it reads: recovery facts a producing module publishes land in the unit's ledger,
 * each once per source, unit and kind, however often they are published.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"access", "catalog", "orders"})
@TestPropertySource(properties = "retrogistics.demo.seed=never")
class RecoveryLedgerSliceIT {

    @Autowired
    CatalogManagement catalog;

    @Autowired
    CustodyLedger custody;

    @Autowired
    RecoveryLedger ledger;

    @Test
    void publishedFactsLandInTheUnitsLedgerOnce(Scenario scenario) {
        Received unit = SliceFixtures.unitAtDock(catalog, custody);
        RecoveryFacts.Entry transport = entry(unit, Kind.TRANSPORT, "12.50", "leg-1");
        RecoveryFacts.Entry sale = entry(unit, Kind.SALE, "80.00", "sale-1");

        scenario.publish(new RecoveryFacts(List.of(transport, sale), Instant.now()))
                .andWaitForStateChange(() -> kinds(unit), kinds -> kinds.size() == 2)
                .andVerify(kinds -> assertThat(kinds).containsExactlyInAnyOrder(Kind.TRANSPORT, Kind.SALE));

        // the leg's fact again, with a new one: only the new one is added
        RecoveryFacts.Entry labour = entry(unit, Kind.LABOUR, "3.00", "wo-1");
        scenario.publish(new RecoveryFacts(List.of(transport, labour), Instant.now()))
                .andWaitForStateChange(() -> kinds(unit), kinds -> kinds.contains(Kind.LABOUR))
                .andVerify(kinds -> assertThat(kinds).hasSize(3));
    }

    private List<Kind> kinds(Received unit) {
        return ledger.unit(unit.client(), unit.unitId()).entries().stream()
                .map(LedgerEntry::kind)
                .toList();
    }

    private static RecoveryFacts.Entry entry(Received unit, Kind kind, String amount, String ref) {
        return new RecoveryFacts.Entry(
                unit.unitId(), null, unit.client(), kind, Money.of(amount, "USD"), "slice-test", ref);
    }
}
