package org.retrogistics.disposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    @Property(tries = 2000)
    void theChosenOptionIsAllowedAndOfGreatestNetRecovery(@ForAll("units") UnitFacts facts) {
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

    @Property(tries = 500)
    void theBreakdownAddsUpExactly(@ForAll("units") UnitFacts facts) {
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

    @Provide
    Arbitrary<UnitFacts> units() {
        Arbitrary<UnitFacts.Builder> base = Combinators.combine(
                        Arbitraries.of("Acme", "Globex"),
                        Arbitraries.of("phones", "laptops", "toys"),
                        Arbitraries.of("S-1", "S-2"),
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, new BigDecimal("5000"))
                                .ofScale(2),
                        Arbitraries.longs().between(0, 30_000),
                        Arbitraries.of(FunctionalGrade.class),
                        Arbitraries.of(CosmeticGrade.class),
                        Arbitraries.of(BatteryState.class))
                .as((brand, category, sku, value, weight, f, c, battery) -> UnitFacts.builder()
                        .clientId(Units.CLIENT)
                        .unitId(UUID.randomUUID())
                        .brand(brand)
                        .category(category)
                        .sku(sku)
                        .productValue(Money.of(value, "USD"))
                        .weightGrams(weight)
                        .functionalGrade(f)
                        .cosmeticGrade(c)
                        .batteryState(battery));
        Arbitrary<Integer> flags = Arbitraries.integers().between(0, (1 << 10) - 1);
        return Combinators.combine(base, flags).as((b, x) -> b.dataBearing((x & 1) != 0)
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
