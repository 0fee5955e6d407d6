package org.retrogistics.resale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.custody.UnitState;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.WorkKind;
import org.retrogistics.resale.ResaleEligibility.Candidate;
import org.retrogistics.resale.ResaleEligibility.Way;

/** Who may be listed or put in a lot, and why not, in the order a person would ask. */
class ResaleEligibilityTest {

    private static Candidate unit(
            DispositionOption option, boolean recalled, boolean data, UnitState state, Set<WorkKind> work) {
        return new Candidate(UUID.randomUUID(), "LP-1", state, option, recalled, data, work);
    }

    private static String code(Candidate c, Way way) {
        return ResaleEligibility.check(c, way)
                .map(ResaleEligibility.Refusal::code)
                .orElse("allowed");
    }

    @Test
    void aUnitGoesOnlyTheWayItsDispositionChose() {
        Candidate asIs = unit(DispositionOption.RESELL_AS_IS, false, false, UnitState.IN_CUSTODY, Set.of());
        Candidate lot = unit(DispositionOption.B2B_LOT, false, false, UnitState.IN_CUSTODY, Set.of());
        Candidate recycle = unit(DispositionOption.RECYCLE, false, false, UnitState.IN_CUSTODY, Set.of());
        assertThat(code(asIs, Way.LISTING)).isEqualTo("allowed");
        assertThat(code(asIs, Way.LOT)).isEqualTo("unit-not-decided-for-lot");
        assertThat(code(lot, Way.LOT)).isEqualTo("allowed");
        assertThat(code(lot, Way.LISTING)).isEqualTo("unit-not-decided-for-listing");
        assertThat(code(recycle, Way.LISTING)).isEqualTo("unit-not-decided-for-listing");
        assertThat(code(unit(null, false, false, UnitState.IN_CUSTODY, Set.of()), Way.LOT))
                .isEqualTo("unit-not-decided");
    }

    @Test
    void recalledUnwipedAbsentOrUnfinishedUnitsAreNotSold() {
        assertThat(code(unit(DispositionOption.B2B_LOT, true, false, UnitState.IN_CUSTODY, Set.of()), Way.LOT))
                .isEqualTo("unit-recalled");
        assertThat(code(
                        unit(DispositionOption.REFURBISH_AND_RESELL, false, true, UnitState.IN_CUSTODY, Set.of()),
                        Way.LISTING))
                .isEqualTo("unit-data-not-sanitised");
        assertThat(code(unit(DispositionOption.B2B_LOT, false, false, UnitState.IN_TRANSIT, Set.of()), Way.LOT))
                .isEqualTo("unit-not-in-custody");
        assertThat(code(
                        unit(
                                DispositionOption.RESELL_AS_IS,
                                false,
                                false,
                                UnitState.IN_CUSTODY,
                                Set.of(WorkKind.REPACKAGE)),
                        Way.LISTING))
                .isEqualTo("unit-work-pending");
    }

    @Test
    void theManifestNamesConditionsInBuyersWords() {
        assertThat(ConditionLabel.of(
                        org.retrogistics.shared.FunctionalGrade.F2, org.retrogistics.shared.CosmeticGrade.B))
                .isEqualTo("Used - good (F2/B)");
        assertThat(LotMembers.upc("00012345678905")).isEqualTo("012345678905");
        assertThat(LotMembers.upc("04006381333931")).isEqualTo("4006381333931");
    }
}
