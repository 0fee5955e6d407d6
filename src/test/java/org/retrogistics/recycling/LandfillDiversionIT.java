package org.retrogistics.recycling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.recycling.LandfillDiversion.Figures;
import org.retrogistics.recycling.LandfillDiversion.GroupBy;
import org.retrogistics.shared.UnitFateReached;
import org.retrogistics.shared.UnitFateReached.Fate;
import org.retrogistics.testing.SliceFixtures;
import org.retrogistics.testing.SliceFixtures.Received;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The recycling module with the ones it uses: a fate another module publishes lands in the landfill-diversion report,
 * weighed when the publisher knew the weight, else estimated from the product.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"access", "returns", "orders"})
@TestPropertySource(properties = "retrogistics.demo.seed=never")
class LandfillDiversionIT {

    @Autowired
    CatalogManagement catalog;

    @Autowired
    CustodyLedger custody;

    @Autowired
    LandfillDiversion diversion;

    @Test
    void aPublishedFateCountsInTheDiversionReport(Scenario scenario) {
        Received unit = SliceFixtures.unitAtDock(catalog, custody);

        scenario.publish(fate(unit, Fate.RECYCLE, 1_200L, "sale-1"))
                .andWaitForStateChange(() -> today(unit), total -> total.units() == 1)
                .andVerify(total -> {
                    assertThat(total.totalGrams()).isEqualTo(1_200);
                    assertThat(total.divertedGrams()).isEqualTo(1_200);
                    assertThat(total.estimatedGrams()).isZero();
                });
    }

    @Test
    void aFateWithoutAWeightIsEstimatedFromTheProduct(Scenario scenario) {
        Received unit = SliceFixtures.unitAtDock(catalog, custody);

        scenario.publish(fate(unit, Fate.LANDFILL, null, "disposal-1"))
                .andWaitForStateChange(() -> today(unit), total -> total.units() == 1)
                .andVerify(total -> {
                    assertThat(total.landfillGrams()).isEqualTo(unit.product().weightGrams());
                    assertThat(total.estimatedGrams()).isEqualTo(unit.product().weightGrams());
                    assertThat(total.divertedGrams()).isZero();
                });
    }

    private Figures today(Received unit) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return diversion.report(unit.client(), today, today, GroupBy.CATEGORY).total();
    }

    private static UnitFateReached fate(Received unit, Fate fate, Long grams, String ref) {
        return new UnitFateReached(unit.unitId(), unit.client(), fate, grams, "slice-test", ref, Instant.now());
    }
}
