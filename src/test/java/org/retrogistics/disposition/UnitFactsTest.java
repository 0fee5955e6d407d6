package org.retrogistics.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.FunctionalGrade;

class UnitFactsTest {

    @Test
    void missingFactsAreNamed() {
        assertThatThrownBy(() -> Units.sealedLaptop().functionalGrade(null).build())
                .isInstanceOfSatisfying(InvalidUnitFacts.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid-unit-facts");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.getMessage()).contains("functionalGrade is missing");
                });
        assertThatThrownBy(() -> Units.sealedLaptop().productValue(null).build())
                .hasMessageContaining("productValue is missing");
        assertThatThrownBy(() -> Units.sealedLaptop().batteryState(null).build())
                .hasMessageContaining("batteryState is missing");
        assertThatThrownBy(() -> Units.sealedLaptop().category(" ").build()).hasMessageContaining("category is blank");
    }

    @Test
    void negativeValueOrWeightIsRefused() {
        assertThatThrownBy(
                        () -> Units.sealedLaptop().productValue("-1.00", "USD").build())
                .isInstanceOf(InvalidUnitFacts.class)
                .hasMessageContaining("-1.00 USD is negative");
        assertThatThrownBy(() -> Units.sealedLaptop().weightGrams(-5).build())
                .isInstanceOf(InvalidUnitFacts.class)
                .hasMessageContaining("-5 g is negative");
    }

    @Test
    void gradeBands() {
        assertThat(GradeBand.of(FunctionalGrade.F0, CosmeticGrade.A)).isEqualTo(GradeBand.LIKE_NEW);
        assertThat(GradeBand.of(FunctionalGrade.F1, CosmeticGrade.A)).isEqualTo(GradeBand.LIKE_NEW);
        assertThat(GradeBand.of(FunctionalGrade.F2, CosmeticGrade.A)).isEqualTo(GradeBand.GOOD);
        assertThat(GradeBand.of(FunctionalGrade.F0, CosmeticGrade.B)).isEqualTo(GradeBand.GOOD);
        assertThat(GradeBand.of(FunctionalGrade.F2, CosmeticGrade.C)).isEqualTo(GradeBand.WORN);
        assertThat(GradeBand.of(FunctionalGrade.F5, CosmeticGrade.A)).isEqualTo(GradeBand.REPAIRABLE);
        assertThat(GradeBand.of(FunctionalGrade.F7, CosmeticGrade.A)).isEqualTo(GradeBand.FAULTY);
        assertThat(GradeBand.of(FunctionalGrade.F8, CosmeticGrade.D)).isEqualTo(GradeBand.SCRAP);
    }

    @Test
    void categoryIsTheTableKeyInLowerCase() {
        assertThat(Units.sealedLaptop().category(" Laptops ").build().category())
                .isEqualTo("laptops");
    }
}
