package org.retrogistics.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void isExactAndScaledToTheCurrency() {
        assertThat(Money.of("0.1", "EUR").plus(Money.of("0.2", "EUR"))).isEqualTo(Money.of("0.30", "EUR"));
        assertThat(Money.of("10", "JPY").amount().scale()).isZero();
        assertThat(Money.of("19.99", "USD").times(3)).isEqualTo(Money.of("59.97", "USD"));
    }

    @Test
    void percentRoundsHalfEvenToTheMinorUnit() {
        assertThat(Money.of("59.97", "USD").percent(new BigDecimal("15"))).isEqualTo(Money.of("9.00", "USD"));
        assertThat(Money.of("0.50", "EUR").percent(new BigDecimal("5"))).isEqualTo(Money.of("0.02", "EUR"));
    }

    @Test
    void neverMixesCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EUR")
                .hasMessageContaining("USD");
    }
}
