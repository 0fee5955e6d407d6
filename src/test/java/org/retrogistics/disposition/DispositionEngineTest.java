package org.retrogistics.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retrogistics.disposition.DispositionOption.B2B_LOT;
import static org.retrogistics.disposition.DispositionOption.DESTROY;
import static org.retrogistics.disposition.DispositionOption.DISPOSE;
import static org.retrogistics.disposition.DispositionOption.DONATE;
import static org.retrogistics.disposition.DispositionOption.PARTS_HARVEST;
import static org.retrogistics.disposition.DispositionOption.RECYCLE;
import static org.retrogistics.disposition.DispositionOption.REFURBISH_AND_RESELL;
import static org.retrogistics.disposition.DispositionOption.REPAIR_AND_RETURN;
import static org.retrogistics.disposition.DispositionOption.RESELL_AS_IS;
import static org.retrogistics.disposition.DispositionOption.RETURN_TO_STOCK;
import static org.retrogistics.disposition.DispositionOption.RETURN_TO_VENDOR;
import static org.retrogistics.disposition.Units.CLIENT;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.FunctionalGrade;
import org.retrogistics.shared.Money;

/**
 * Worked examples on the system defaults (RecoveryDefaults; labour at 30 USD an hour): the arithmetic in the comments
 * is the model's, done by hand, and the chosen option is the allowed one of greatest expected net recovery.
 */
class DispositionEngineTest {

    private static final Instant NOON = Instant.parse("2026-11-22T12:00:00Z");

    private final DispositionEngine engine = new DispositionEngine();
    private final RecoveryTable defaults = RecoveryDefaults.system();
    private final ClientRuleSet noRules = ClientRuleSet.none(CLIENT);

    private DispositionDecision decide(UnitFacts facts) {
        return engine.decide(facts, defaults, noRules);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static void assertChosenIsGreatestAllowed(DispositionDecision d) {
        OptionAssessment chosen = d.assessment(d.recommended());
        assertThat(chosen.allowed()).isTrue();
        for (OptionAssessment o : d.allowedOptions()) {
            assertThat(chosen.netRecovery().compareTo(o.netRecovery()))
                    .as("%s against %s", d.recommended(), o.option())
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void sealedLaptopWithNoFaultGoesBackToStock() {
        DispositionDecision d = decide(Units.sealedLaptop().build());

        // RETURN_TO_STOCK: price 1 × 1000 = 1000.00; sells 0.9 → 900.00; markdown 0.2 per 30 days × 30 days → 180.00;
        // relabel 4 min × 30/h = 2.00; transport 1.00; no fee. 900 − 180 − 2 − 1 = 717.00
        RecoveryBreakdown stock = d.assessment(RETURN_TO_STOCK).value();
        assertThat(stock.grossPrice()).isEqualTo(usd("1000.00"));
        assertThat(stock.expectedSale()).isEqualTo(usd("900.00"));
        assertThat(stock.markdown()).isEqualTo(usd("180.00"));
        assertThat(stock.labour()).isEqualTo(usd("2.00"));
        assertThat(stock.transport()).isEqualTo(usd("1.00"));
        assertThat(stock.net()).isEqualTo(usd("717.00"));
        // REFURBISH_AND_RESELL (like new): 0.75 × 1000 = 750.00; × 0.8 = 600.00; markdown 0.1 → 60.00;
        // fee 15% of 540.00 = 81.00; 30 min = 15.00; parts 2% = 20.00; transport 2.00. 600 − 60 − 81 − 15 − 20 − 2 =
        // 422.00
        assertThat(d.assessment(REFURBISH_AND_RESELL).netRecovery()).isEqualTo(usd("422.00"));
        // RESELL_AS_IS (like new): 0.5 × 1000 = 500.00; × 0.85 = 425.00; markdown 0.2 → 85.00; fee 15% of 340.00 =
        // 51.00;
        // repackage 10 min = 5.00; transport 1.00. 425 − 85 − 51 − 5 − 1 = 283.00
        assertThat(d.assessment(RESELL_AS_IS).netRecovery()).isEqualTo(usd("283.00"));

        assertThat(d.recommended()).isEqualTo(RETURN_TO_STOCK);
        assertThat(d.option()).isEqualTo(RETURN_TO_STOCK);
        assertThat(d.expectedNetRecovery()).isEqualTo(usd("717.00"));
        assertThat(d.explanation()).startsWith("RETURN_TO_STOCK").contains("295.00 USD above REFURBISH_AND_RESELL");
        assertThat(d.lastResort()).isFalse();
        assertThat(d.options()).hasSize(11);
        assertChosenIsGreatestAllowed(d);
    }

    @Test
    void repairablePhoneIsRefurbishedRatherThanLiquidated() {
        DispositionDecision d = decide(Units.repairablePhone().build());

        // band REPAIRABLE (F3). REFURBISH_AND_RESELL: 0.6 × 600 = 360.00; sells 0.7 → 252.00; markdown 0.1 → 25.20;
        // fee 15% of 226.80 = 34.02; 60 min = 30.00; parts 10% of 600 = 60.00; transport 2.00.
        // 252 − 25.20 − 34.02 − 30 − 60 − 2 = 100.78
        RecoveryBreakdown refurbish = d.assessment(REFURBISH_AND_RESELL).value();
        assertThat(refurbish.expectedSale()).isEqualTo(usd("252.00"));
        assertThat(refurbish.markdown()).isEqualTo(usd("25.20"));
        assertThat(refurbish.fees()).isEqualTo(usd("34.02"));
        assertThat(refurbish.labour()).isEqualTo(usd("30.00"));
        assertThat(refurbish.parts()).isEqualTo(usd("60.00"));
        assertThat(refurbish.net()).isEqualTo(usd("100.78"));
        // B2B_LOT (liquidation): 0.07 × 600 = 42.00, sells 1 → 42.00; no markdown; fee 15% = 6.30 + 0.25 per item =
        // 6.55;
        // 2 min = 1.00; transport 0.30. 42 − 6.55 − 1 − 0.30 = 34.15
        RecoveryBreakdown lot = d.assessment(B2B_LOT).value();
        assertThat(lot.fees()).isEqualTo(usd("6.55"));
        assertThat(lot.net()).isEqualTo(usd("34.15"));
        // RETURN_TO_VENDOR: 0.1 × 600 = 60.00 × 0.9 = 54.00 − 4 min 2.00 − transport 2.00 = 50.00
        assertThat(d.assessment(RETURN_TO_VENDOR).netRecovery()).isEqualTo(usd("50.00"));

        assertThat(d.recommended()).isEqualTo(REFURBISH_AND_RESELL);
        assertThat(d.explanation()).contains("50.78 USD above RETURN_TO_VENDOR (50.00 USD)");
        assertThat(d.chosen().requiredWork()).containsExactly(WorkKind.REFURBISH);
        assertChosenIsGreatestAllowed(d);
    }

    @Test
    void cheapScrapIsRecycled() {
        UnitFacts toy = Units.sealedLaptop()
                .category("toys")
                .productValue("12.00", "USD")
                .weightGrams(500)
                .functionalGrade(FunctionalGrade.F9)
                .cosmeticGrade(CosmeticGrade.D)
                .noFaultFound(false)
                .vendorReturnAllowed(false)
                .build();
        DispositionDecision d = decide(toy);

        // RECYCLE: recycler charge 0.50 + transport 0.30 → −0.80
        assertThat(d.assessment(RECYCLE).netRecovery()).isEqualTo(usd("-0.80"));
        // DISPOSE: landfill 1.00 + transport 0.30 + 0.5 kg × 0.10 = 0.05 → −1.35
        assertThat(d.assessment(DISPOSE).value().material()).isEqualTo(usd("-0.05"));
        assertThat(d.assessment(DISPOSE).netRecovery()).isEqualTo(usd("-1.35"));
        // B2B_LOT (scrap): 0.02 × 12 = 0.24 × 0.5 = 0.12; fee 15% = 0.018 → 0.02 + 0.25 = 0.27; 1.00 labour; 0.30
        // transport
        // 0.12 − 0.27 − 1.00 − 0.30 = −1.45
        assertThat(d.assessment(B2B_LOT).netRecovery()).isEqualTo(usd("-1.45"));
        // DESTROY: 2.00 + 0.30 = −2.30; as-is: 0.02 sale − 5.00 − 1.00 = −5.98
        assertThat(d.assessment(DESTROY).netRecovery()).isEqualTo(usd("-2.30"));
        assertThat(d.assessment(RESELL_AS_IS).netRecovery()).isEqualTo(usd("-5.98"));

        assertThat(d.recommended()).isEqualTo(RECYCLE);
        assertChosenIsGreatestAllowed(d);
    }

    @Test
    void recalledUnitIsNeverResoldEvenWhenResaleIsWorthMost() {
        DispositionDecision d = decide(Units.sealedLaptop().recalled(true).build());

        // back to stock would still be worth 717.00, the most of all, but the recall excludes it
        assertThat(d.assessment(RETURN_TO_STOCK).netRecovery()).isEqualTo(usd("717.00"));
        for (DispositionOption o : List.of(RETURN_TO_STOCK, REFURBISH_AND_RESELL, RESELL_AS_IS, B2B_LOT, DONATE)) {
            assertThat(d.assessment(o).exclusions()).extracting(Exclusion::code).contains("recalled-not-resold");
        }
        // RETURN_TO_VENDOR: 0.1 × 1000 = 100.00 × 0.9 = 90.00 − 2.00 labour − 2.00 transport = 86.00
        assertThat(d.recommended()).isEqualTo(RETURN_TO_VENDOR);
        assertThat(d.expectedNetRecovery()).isEqualTo(usd("86.00"));
        assertChosenIsGreatestAllowed(d);
    }

    @Test
    void checkRefusesARecalledUnitToAResaleChannel() {
        UnitFacts recalled = Units.sealedLaptop().recalled(true).build();

        assertThatThrownBy(() -> engine.check(recalled, RESELL_AS_IS))
                .isInstanceOfSatisfying(OptionExcluded.class, e -> {
                    assertThat(e.code()).isEqualTo("option-excluded");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.REJECTED);
                    assertThat(e.option()).isEqualTo(RESELL_AS_IS);
                    assertThat(e.getMessage()).contains("under recall");
                });
        engine.check(recalled, RECYCLE); // allowed: no exception
    }

    @Test
    void dataBearingUnsanitisedUnitIsNotResoldAsItIsButMayBeRefurbishedWithAWipe() {
        UnitFacts phone = Units.repairablePhone()
                .functionalGrade(FunctionalGrade.F2)
                .sanitisationPassed(false)
                .build();
        DispositionDecision d = decide(phone);

        for (DispositionOption o : List.of(RETURN_TO_STOCK, RESELL_AS_IS, B2B_LOT)) {
            assertThat(d.assessment(o).exclusions()).extracting(Exclusion::code).contains("data-not-sanitised");
        }
        // band GOOD (F2/B). REFURBISH_AND_RESELL with the wipe: 0.7 × 600 = 420.00 × 0.8 = 336.00; markdown 33.60;
        // fee 15% of 302.40 = 45.36; (40 + 20 sanitise) min = 30.00; parts 5% = 30.00; transport 2.00
        // 336 − 33.60 − 45.36 − 30 − 30 − 2 = 195.04
        OptionAssessment refurbish = d.assessment(REFURBISH_AND_RESELL);
        assertThat(refurbish.allowed()).isTrue();
        assertThat(refurbish.requiredWork()).containsExactlyInAnyOrder(WorkKind.REFURBISH, WorkKind.SANITISE);
        assertThat(refurbish.value().labour()).isEqualTo(usd("30.00"));
        assertThat(refurbish.netRecovery()).isEqualTo(usd("195.04"));
        assertThat(d.recommended()).isEqualTo(REFURBISH_AND_RESELL);

        // once the sanitisation record passes, as-is opens and refurbish costs 10.00 less labour: 205.04
        DispositionDecision wiped =
                decide(phone.toBuilder().sanitisationPassed(true).build());
        assertThat(wiped.assessment(RESELL_AS_IS).allowed()).isTrue();
        assertThat(wiped.assessment(REFURBISH_AND_RESELL).netRecovery()).isEqualTo(usd("205.04"));
        assertThat(wiped.assessment(REFURBISH_AND_RESELL).requiredWork()).containsExactly(WorkKind.REFURBISH);
    }

    @Test
    void aUnitWithDataOutstandingDoesNotLeaveEvenByAnOptionThatPlansTheWipe() {
        UnitFacts phone = Units.repairablePhone().sanitisationPassed(false).build();

        assertThatThrownBy(() -> engine.checkRelease(phone, REFURBISH_AND_RESELL))
                .isInstanceOfSatisfying(OptionExcluded.class, e -> assertThat(e.exclusions())
                        .extracting(Exclusion::code)
                        .containsExactly("data-not-sanitised"));
        engine.checkRelease(phone, RECYCLE); // a certified recycler may take it
        engine.checkRelease(phone.toBuilder().sanitisationPassed(true).build(), REFURBISH_AND_RESELL);
    }

    @Test
    void damagedBatteryGoesToHazardousHandlingByGround() {
        DispositionDecision d = decide(Units.sealedLaptop()
                .batteryState(BatteryState.DAMAGED_DEFECTIVE)
                .build());

        assertThat(d.allowedOptions())
                .extracting(OptionAssessment::option)
                .containsExactly(RETURN_TO_VENDOR, RECYCLE, DESTROY);
        assertThat(d.assessment(DISPOSE).exclusions())
                .extracting(Exclusion::code)
                .containsExactly("battery-hazardous");
        assertThat(d.options()).allMatch(OptionAssessment::groundOnlyHazardous);
        assertThat(d.recommended()).isEqualTo(RETURN_TO_VENDOR); // 86.00, as above

        DispositionDecision noVendor = decide(Units.sealedLaptop()
                .batteryState(BatteryState.CRITICAL)
                .vendorReturnAllowed(false)
                .build());
        assertThat(noVendor.recommended()).isEqualTo(RECYCLE); // −0.80 against destruction's −2.30
        assertThat(noVendor.chosen().groundOnlyHazardous()).isTrue();
    }

    @Test
    void warrantyRepairGoesBackToItsCustomerEvenAtACost() {
        DispositionDecision d =
                decide(Units.repairablePhone().warrantyRepair(true).build());

        // REPAIR_AND_RETURN: no sale; 60 min = 30.00; parts 10% of 600 = 60.00; transport 2.00 → −92.00
        assertThat(d.recommended()).isEqualTo(REPAIR_AND_RETURN);
        assertThat(d.expectedNetRecovery()).isEqualTo(usd("-92.00"));
        assertThat(d.chosen().requiredWork()).containsExactly(WorkKind.REPAIR);
        assertThat(d.allowedOptions()).hasSize(1);
        assertThat(d.assessment(REFURBISH_AND_RESELL).exclusions())
                .extracting(Exclusion::code)
                .containsExactly("warranty-repair-goes-back");
        assertThat(d.explanation()).contains("the only option the rules allow");
    }

    @Test
    void whenNothingIsAllowedTheLastResortIsRecycling() {
        // owed a repair, but the battery may only go to hazardous handling: the rules leave nothing
        DispositionDecision d = decide(Units.repairablePhone()
                .warrantyRepair(true)
                .batteryState(BatteryState.DAMAGED_DEFECTIVE)
                .build());

        assertThat(d.allowedOptions()).isEmpty();
        assertThat(d.lastResort()).isTrue();
        assertThat(d.recommended()).isEqualTo(RECYCLE);
        assertThat(d.explanation()).contains("last resort").contains("review");
        assertThat(d.chosen().excludedForSafety()).isFalse();
    }

    @Test
    void clientRuleNeverLiquidateAcme() {
        // locked, so it cannot be sold as working; without the vendor the lot would win for any other brand
        UnitFacts.Builder locked = Units.repairablePhone().locked(true).vendorReturnAllowed(false);
        ClientRuleSet rules = ClientRuleSet.parse(CLIENT, 3, "# Acme's contract\nnever B2B_LOT brand=Acme");

        DispositionDecision globex = engine.decide(locked.build(), defaults, rules);
        assertThat(globex.recommended()).isEqualTo(B2B_LOT); // 34.15, as in the refurbish example

        DispositionDecision acme = engine.decide(locked.brand("ACME").build(), defaults, rules);
        assertThat(acme.assessment(B2B_LOT).exclusions()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("client-rule");
            assertThat(e.reason()).contains("never B2B_LOT brand=Acme");
            assertThat(e.safety()).isFalse();
        });
        // PARTS_HARVEST: 0.15 × 600 = 90.00 × 0.6 = 54.00; markdown 0.05 per 30 days × 90 days = 15% → 8.10;
        // fee 15% of 45.90 = 6.885 → 6.88 (half even); teardown 30 min = 15.00; transport 0.30
        // 54 − 8.10 − 6.88 − 15 − 0.30 = 23.72
        assertThat(acme.recommended()).isEqualTo(PARTS_HARVEST);
        assertThat(acme.expectedNetRecovery()).isEqualTo(usd("23.72"));
        assertThat(acme.clientRulesVersion()).isEqualTo(3);
        assertChosenIsGreatestAllowed(acme);
    }

    @Test
    void overrideNeedsAReason() {
        DispositionDecision d = decide(Units.repairablePhone().build());

        for (String reason : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> d.override(B2B_LOT, reason, "maria", NOON))
                    .isInstanceOfSatisfying(OverrideReasonRequired.class, e -> {
                        assertThat(e.code()).isEqualTo("override-reason-required");
                        assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    });
        }
    }

    @Test
    void overrideCannotChooseAnOptionASafetyRuleExcludes() {
        DispositionDecision d = decide(Units.sealedLaptop().recalled(true).build());

        assertThatThrownBy(() -> d.override(RESELL_AS_IS, "buyer waiting", "maria", NOON))
                .isInstanceOfSatisfying(OptionExcluded.class, e -> {
                    assertThat(e.code()).isEqualTo("option-excluded");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.REJECTED);
                    assertThat(e.exclusions()).extracting(Exclusion::code).containsExactly("recalled-not-resold");
                    assertThat(e.getMessage()).contains("under recall");
                });
    }

    @Test
    void overrideIsRecordedAndMaySetAsideABusinessExclusion() {
        ClientRuleSet rules = ClientRuleSet.parse(CLIENT, 1, "never REFURBISH_AND_RESELL category=phones");
        DispositionDecision d = engine.decide(Units.repairablePhone().build(), defaults, rules);
        assertThat(d.recommended()).isEqualTo(RETURN_TO_VENDOR);

        DispositionDecision o = d.override(REFURBISH_AND_RESELL, "client agreed by mail, ticket 881", "maria", NOON);

        assertThat(o.overridden()).isTrue();
        assertThat(o.option()).isEqualTo(REFURBISH_AND_RESELL);
        assertThat(o.recommended()).isEqualTo(RETURN_TO_VENDOR);
        assertThat(o.override().from()).isEqualTo(RETURN_TO_VENDOR);
        assertThat(o.override().reason()).isEqualTo("client agreed by mail, ticket 881");
        assertThat(o.override().by()).isEqualTo("maria");
        assertThat(o.override().at()).isEqualTo(NOON);
        assertThat(o.override().overriddenExclusions())
                .extracting(Exclusion::code)
                .containsExactly("client-rule");
        assertThat(o.overrideHistory()).containsExactly(o.override());
        assertThat(d.overridden()).isFalse(); // the original is unchanged

        DispositionDecision again = o.override(B2B_LOT, "refurbish line is full", "li", NOON.plusSeconds(60));
        assertThat(again.override().from()).isEqualTo(REFURBISH_AND_RESELL);
        assertThat(again.overrideHistory()).hasSize(2);
    }

    @Test
    void aDecisionIsReevaluatedWhenItsInputsChange() {
        UnitFacts phone = Units.repairablePhone().build();
        DispositionDecision d = decide(phone);
        assertThat(d.inputsChanged(phone, defaults, noRules)).isFalse();

        // a new grade after the repair
        UnitFacts regraded = phone.withGrades(FunctionalGrade.F0, CosmeticGrade.A);
        assertThat(d.inputsChanged(regraded, defaults, noRules)).isTrue();
        // a new table version
        RecoveryTable edited = defaults.with(
                defaults.lookup(CLIENT, "phones", GradeBand.REPAIRABLE, B2B_LOT).forScope(CLIENT, "phones", null));
        assertThat(d.inputsChanged(phone, edited, noRules)).isTrue();
        // new client rules
        assertThat(d.inputsChanged(phone, defaults, ClientRuleSet.parse(CLIENT, 2, "never DONATE")))
                .isTrue();

        DispositionDecision overridden = d.override(B2B_LOT, "bulk buyer pays more this week", "maria", NOON);
        DispositionDecision kept = engine.reevaluate(overridden, regraded, defaults, noRules);
        assertThat(kept.facts()).isEqualTo(regraded);
        assertThat(kept.option()).isEqualTo(B2B_LOT);
        assertThat(kept.override().reason()).isEqualTo("bulk buyer pays more this week");

        // a recall arrives: the override to a lot can no longer stand
        DispositionDecision recalled = engine.reevaluate(
                overridden, regraded.toBuilder().recalled(true).build(), defaults, noRules);
        assertThat(recalled.overridden()).isFalse();
        assertThat(recalled.option()).isNotEqualTo(B2B_LOT);
        assertThat(recalled.overrideHistory()).hasSize(1);
        assertThat(recalled.explanation()).contains("override to B2B_LOT by maria was dropped");
    }

    @Test
    void authenticityHoldLeavesDestructionOrTheVendor() {
        DispositionDecision d =
                decide(Units.sealedLaptop().authenticityHold(true).build());
        assertThat(d.allowedOptions()).extracting(OptionAssessment::option).containsExactly(RETURN_TO_VENDOR, DESTROY);

        DispositionDecision noVendor = decide(Units.sealedLaptop()
                .authenticityHold(true)
                .vendorReturnAllowed(false)
                .build());
        assertThat(noVendor.recommended()).isEqualTo(DESTROY);
    }

    @Test
    void aTieGoesToTheOptionHigherInTheWasteHierarchy() {
        // a table where landfill costs the same as recycling
        RecoveryEntry recycle = defaults.lookup(CLIENT, "toys", GradeBand.SCRAP, RECYCLE);
        RecoveryTable equal = defaults.with(new RecoveryEntry(
                null,
                null,
                null,
                DISPOSE,
                recycle.priceFraction(),
                recycle.sellThrough(),
                0,
                recycle.markdownPer30Days(),
                0,
                recycle.labourRatePerHour(),
                0,
                recycle.partsFraction(),
                recycle.partsFixed(),
                recycle.transport(),
                recycle.channelFee(),
                recycle.fixedFee(),
                recycle.valuePerKg(),
                "test: same as recycling"));
        UnitFacts scrap = Units.sealedLaptop()
                .functionalGrade(FunctionalGrade.F9)
                .productValue("0.00", "USD")
                .noFaultFound(false)
                .vendorReturnAllowed(false)
                .donationAllowed(false)
                .build();

        DispositionDecision d = engine.decide(scrap, equal, noRules);
        assertThat(d.assessment(RECYCLE).netRecovery())
                .isEqualTo(d.assessment(DISPOSE).netRecovery());
        assertThat(d.recommended()).isEqualTo(RECYCLE);
    }

    @Test
    void aUnitInAnotherCurrencyThanTheTableIsRefused() {
        UnitFacts euro = Units.sealedLaptop().productValue("1000.00", "EUR").build();

        assertThatThrownBy(() -> decide(euro))
                .isInstanceOfSatisfying(
                        InvalidRecoveryTable.class, e -> assertThat(e.code()).isEqualTo("recovery-table-currency"));
        assertThat(engine.decide(euro, RecoveryDefaults.system(Currency.getInstance("EUR")), noRules)
                        .recommended())
                .isEqualTo(RETURN_TO_STOCK);
    }
}
