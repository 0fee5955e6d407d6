package org.retrogistics.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

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

    @Property
    void aComputedCheckDigitAlwaysValidates(@ForAll("bodies") String body) {
        String gtin = body + Gs1.checkDigit(body);
        assertThat(Gtin.isValid(gtin)).isTrue();
        assertThat(Gtin.of(gtin).value()).hasSize(14).endsWith(gtin);
    }

    @Property
    void changingOneDigitIsAlwaysCaught(@ForAll("bodies") String body, @ForAll("positions") int position) {
        String gtin = body + Gs1.checkDigit(body);
        int p = position % gtin.length();
        char changed = (char) ('0' + (gtin.charAt(p) - '0' + 1) % 10);
        String wrong = gtin.substring(0, p) + changed + gtin.substring(p + 1);
        assertThat(Gtin.isValid(wrong)).isFalse();
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.strings().numeric().ofLength(12);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 12);
    }
}
