package org.retrogistics.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retrogistics.disposition.DispositionOption.*;

import org.junit.jupiter.api.Test;

class DispositionOptionTest {

    @Test
    void elevenOptionsWithTheWorkTheyNeed() {
        assertThat(DispositionOption.values()).hasSize(11);
        assertThat(REPAIR_AND_RETURN.requiredWork()).containsExactly(WorkKind.REPAIR);
        assertThat(REFURBISH_AND_RESELL.requiredWork()).containsExactly(WorkKind.REFURBISH);
        assertThat(PARTS_HARVEST.requiredWork()).containsExactly(WorkKind.TEARDOWN);
        assertThat(RESELL_AS_IS.requiredWork()).containsExactly(WorkKind.REPACKAGE);
        assertThat(RECYCLE.requiredWork()).isEmpty();

        UnitFacts data = Units.repairablePhone().sanitisationPassed(false).build();
        assertThat(REFURBISH_AND_RESELL.requiredWork(data))
                .containsExactlyInAnyOrder(WorkKind.REFURBISH, WorkKind.SANITISE);
        assertThat(RESELL_AS_IS.requiredWork(data)).containsExactly(WorkKind.REPACKAGE);
        assertThat(REFURBISH_AND_RESELL.requiredWork(Units.repairablePhone().build()))
                .containsExactly(WorkKind.REFURBISH);
    }

    @Test
    void whatEachOptionDoesWithTheUnit() {
        assertThat(values())
                .filteredOn(DispositionOption::resale)
                .containsExactly(RETURN_TO_STOCK, REFURBISH_AND_RESELL, RESELL_AS_IS, B2B_LOT);
        assertThat(values()).filteredOn(DispositionOption::keepsForCustomer).containsExactly(REPAIR_AND_RETURN);
        assertThat(RECYCLE.releasesToThirdParty()).isFalse();
        assertThat(DONATE.releasesToThirdParty()).isTrue();
    }

    @Test
    void parsesNamesLoosely() {
        assertThat(DispositionOption.parse("b2b-lot")).isEqualTo(B2B_LOT);
        assertThat(DispositionOption.parse(" resell as is ")).isEqualTo(RESELL_AS_IS);
        assertThatThrownBy(() -> DispositionOption.parse("sell")).isInstanceOf(IllegalArgumentException.class);
    }
}
