package org.retrogistics.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;
import org.retrogistics.shared.Money;

/** For any unit: the chosen option is never excluded and is worth at least every other allowed option. */
class DispositionPropertiesTest {

    private static final DispositionEngine ENGINE = new DispositionEngine();
    private static final RecoveryTable TABLE = RecoveryDefaults.system();
    private static final ClientRuleSet RULES = ClientRuleSet.parse(
            Units.CLIENT, 1, "never B2B_LOT brand=Acme\nnever RECYCLE category=toys\nnever PARTS_HARVEST sku=S-1");

    @Test
    void theChosenOptionIsAllowedAndOfGreatestNetRecovery() {
        qt().withExamples(2000).forAll(units()).checkAssert(DispositionPropertiesTest::chosenIsAllowedAndBest);
    }

    private static void chosenIsAllowedAndBest(UnitFacts facts) {
        DispositionDecision d = ENGINE.decide(facts, TABLE, RULES);
        OptionAssessment chosen = d.assessment(d.recommended());

        if (d.lastResort()) {
            assertThat(d.allowedOptions()).isEmpty();
            assertThat(chosen.excludedForSafety()).isFalse();
        } else {
            assertThat(chosen.allowed()).isTrue();
            for (OptionAssessment o : d.allowedOptions()) {
                assertThat(chosen.netRecovery().compareTo(o.netRecovery())).isGreaterThanOrEqualTo(0);
                if (chosen.netRecovery().equals(o.netRecovery())) {
                    assertThat(chosen.option().ordinal())
                            .isLessThanOrEqualTo(o.option().ordinal());
                }
            }
        }
        assertThat(d.options()).extracting(OptionAssessment::option).containsExactly(DispositionOption.values());
        if (facts.recalled()) {
            assertThat(d.option().resale()).isFalse();
        }
        if (facts.batteryState().hazardous()) {
            assertThat(d.chosen().groundOnlyHazardous()).isTrue();
        }
    }

    @Test
    void theBreakdownAddsUpExactly() {
        qt().withExamples(500).forAll(units()).checkAssert(DispositionPropertiesTest::breakdownAddsUp);
    }

    private static void breakdownAddsUp(UnitFacts facts) {
        for (OptionAssessment o : ENGINE.decide(facts, TABLE, RULES).options()) {
            RecoveryBreakdown b = o.value();
            Money sum = b.expectedSale()
                    .minus(b.markdown())
                    .minus(b.fees())
                    .minus(b.labour())
                    .minus(b.parts())
                    .minus(b.transport())
                    .plus(b.material());
            assertThat(b.net()).isEqualTo(sum);
            assertThat(b.net().currency()).isEqualTo(facts.productValue().currency());
        }
    }

    private static Gen<UnitFacts> units() {
        Gen<UnitFacts.Builder> product = arbitrary()
                .pick("Acme", "Globex")
                .zip(
                        arbitrary().pick("phones", "laptops", "toys"),
                        arbitrary().pick("S-1", "S-2"),
                        longs().between(0, 500_000).map(c -> BigDecimal.valueOf(c, 2)),
                        longs().between(0, 30_000),
                        (brand, category, sku, value, weight) -> UnitFacts.builder()
                                .clientId(Units.CLIENT)
                                .brand(brand)
                                .category(category)
                                .sku(sku)
                                .productValue(Money.of(value, "USD"))
                                .weightGrams(weight));
        Gen<UnitFacts.Builder> graded = product.zip(
                arbitrary().enumValues(FunctionalGrade.class),
                arbitrary().enumValues(CosmeticGrade.class),
                arbitrary().enumValues(BatteryState.class),
                (b, f, c, battery) -> b.functionalGrade(f).cosmeticGrade(c).batteryState(battery));
        Gen<Integer> flags = integers().between(0, (1 << 10) - 1);
        return graded.zip(flags, (b, x) -> b.unitId(UUID.randomUUID())
                .dataBearing((x & 1) != 0)
                .sanitisationPassed((x & 2) != 0)
                .locked((x & 4) != 0)
                .recalled((x & 8) != 0)
                .warrantyRepair((x & 16) != 0)
                .noFaultFound((x & 32) != 0)
                .authenticityHold((x & 64) != 0)
                .vendorReturnAllowed((x & 128) != 0)
                .donationAllowed((x & 256) != 0)
                .build());
    }
}
