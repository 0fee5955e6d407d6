package org.retrogistics.disposition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retrogistics.disposition.DispositionOption.REPAIR_AND_RETURN;
import static org.retrogistics.disposition.DispositionOption.RESELL_AS_IS;
import static org.retrogistics.disposition.rules.RuleAssertions.clean;
import static org.retrogistics.disposition.rules.RuleAssertions.excluded;
import static org.retrogistics.disposition.rules.RuleAssertions.exclusion;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.retrogistics.disposition.Exclusion;
import org.retrogistics.disposition.UnitFacts;

/** The hard rule {@link WarrantyRepairGoesBack}: what it excludes, with which code and reason, and that it allows otherwise. */
class WarrantyRepairGoesBackTest {

    private final WarrantyRepairGoesBack rule = new WarrantyRepairGoesBack();

    @Test
    void leavesOnlyRepairAndReturn() {
        UnitFacts owed = clean().warrantyRepair(true).build();
        assertThat(excluded(rule, owed)).isEqualTo(EnumSet.complementOf(EnumSet.of(REPAIR_AND_RETURN)));
        Exclusion e = exclusion(rule, owed, RESELL_AS_IS);
        assertThat(e.code()).isEqualTo("warranty-repair-goes-back");
        assertThat(e.safety()).isFalse();
    }

    @Test
    void allowsEverythingWhenNoRepairIsOwed() {
        assertThat(excluded(rule, clean().build())).isEmpty();
    }
}
