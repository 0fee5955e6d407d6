package org.retrogistics.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class GtinTest {

    @Test
    void keepsLeadingZerosAndNormalisesToFourteenDigits() {
        // UPC-A 053891154819 from REFERENCE.md: leading zeros matter
        assertThat(Gtin.of("053891154819").value()).isEqualTo("00053891154819");
        assertThat(Gtin.of("96385074").value()).isEqualTo("00000096385074");
        assertThat(Gtin.of("4006381333931").value()).isEqualTo("04006381333931");
        assertThat(Gtin.of("10614141000415").value()).isEqualTo("10614141000415");
    }

    @Test
    void refusesAWrongCheckDigitAndSaysWhichItExpected() {
        assertThatThrownBy(() -> Gtin.of("4006381333932"))
                .isInstanceOf(InvalidIdentifier.class)
                .hasMessageContaining("check digit 2")
                .hasMessageContaining("give 1")
                .extracting(e -> ((InvalidIdentifier) e).code())
                .isEqualTo("gtin-check-digit");
    }

    @Test
    void refusesLettersAndWrongLengths() {
        assertThatThrownBy(() -> Gtin.of("40063813339A1")).hasMessageContaining("digits only");
        assertThatThrownBy(() -> Gtin.of("123456789")).hasMessageContaining("has 9 digits");
        assertThatThrownBy(() -> Gtin.of(null)).isInstanceOf(InvalidIdentifier.class);
    }

    @Test
    void aComputedCheckDigitAlwaysValidates() {
        qt().withExamples(1000).forAll(bodies()).checkAssert(body -> {
            String gtin = body + Gs1.checkDigit(body);
            assertThat(Gtin.isValid(gtin)).isTrue();
            assertThat(Gtin.of(gtin).value()).hasSize(14).endsWith(gtin);
        });
    }

    @Test
    void changingOneDigitIsAlwaysCaught() {
        qt().withExamples(1000).forAll(bodies(), integers().between(0, 12)).checkAssert((body, position) -> {
            String gtin = body + Gs1.checkDigit(body);
            int p = position % gtin.length();
            char changed = (char) ('0' + (gtin.charAt(p) - '0' + 1) % 10);
            String wrong = gtin.substring(0, p) + changed + gtin.substring(p + 1);
            assertThat(Gtin.isValid(wrong)).isFalse();
        });
    }

    /** Twelve digits, each shrinking towards 0. */
    private static Gen<String> bodies() {
        return lists().of(integers().between(0, 9))
                .ofSize(12)
                .map(digits -> digits.stream().map(String::valueOf).collect(Collectors.joining()));
    }
}
