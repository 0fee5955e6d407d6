package org.retrogistics.disposition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retrogistics.disposition.DispositionOption.DONATE;
import static org.retrogistics.disposition.DispositionOption.REPAIR_AND_RETURN;
import static org.retrogistics.disposition.DispositionOption.RETURN_TO_STOCK;
import static org.retrogistics.disposition.DispositionOption.RETURN_TO_VENDOR;
import static org.retrogistics.disposition.rules.RuleAssertions.clean;
import static org.retrogistics.disposition.rules.RuleAssertions.excluded;
import static org.retrogistics.disposition.rules.RuleAssertions.exclusion;

import org.junit.jupiter.api.Test;
import org.retrogistics.disposition.UnitFacts;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;

/** The hard rule {@link ChannelEligibility}: what it excludes, with which code and reason, and that it allows otherwise. */
class ChannelEligibilityTest {

    private final ChannelEligibility rule = new ChannelEligibility();

    @Test
    void backToStockNeedsNoFaultFoundAndAsNew() {
        assertThat(rule.evaluate(clean().build(), RETURN_TO_STOCK)).isEmpty();
        assertThat(exclusion(rule, clean().noFaultFound(false).build(), RETURN_TO_STOCK)
                        .code())
                .isEqualTo("restock-needs-as-new");
        assertThat(rule.evaluate(clean().cosmeticGrade(CosmeticGrade.B).build(), RETURN_TO_STOCK))
                .isPresent();
        assertThat(rule.evaluate(clean().functionalGrade(FunctionalGrade.F1).build(), RETURN_TO_STOCK))
                .isPresent();
    }

    @Test
    void repairVendorAndDonationNeedTheirFacts() {
        UnitFacts none =
                clean().vendorReturnAllowed(false).donationAllowed(false).build();
        assertThat(exclusion(rule, none, REPAIR_AND_RETURN).code()).isEqualTo("no-repair-owed");
        assertThat(exclusion(rule, none, RETURN_TO_VENDOR).code()).isEqualTo("vendor-return-not-allowed");
        assertThat(exclusion(rule, none, DONATE).code()).isEqualTo("donation-not-allowed");

        UnitFacts all = clean().warrantyRepair(true).build();
        assertThat(excluded(rule, all)).isEmpty();
    }
}
