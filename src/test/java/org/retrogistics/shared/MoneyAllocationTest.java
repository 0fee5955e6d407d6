package org.retrogistics.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** An amount shared over parts by weight (a lot's price by retail value): exact to the cent, in proportion, deterministic. */
class MoneyAllocationTest {

    @Test
    void sharesAddUpToThePriceAndStayWithinACentOfTheExactProportion() {
        qt().withExamples(1000).forAll(cents(1_000_000), retail()).checkAssert((price, weights) -> {
            Money amount = Money.of(price, "USD");
            List<Money> shares = amount.allocate(weights);

            assertThat(shares).hasSize(weights.size());
            assertThat(shares.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(price);
            BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            for (int i = 0; i < shares.size(); i++) {
                BigDecimal exact = total.signum() == 0
                        ? price.divide(BigDecimal.valueOf(weights.size()), 10, RoundingMode.HALF_EVEN)
                        : price.multiply(weights.get(i)).divide(total, 10, RoundingMode.HALF_EVEN);
                assertThat(shares.get(i).amount()).isNotNegative();
                assertThat(shares.get(i).amount().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
            }
            assertThat(amount.allocate(weights)).isEqualTo(shares);
        });
    }

    @Test
    void aUnitWorthMoreNeverGetsLess() {
        qt().withExamples(300).forAll(retail()).checkAssert(weights -> {
            List<Money> shares = Money.of("999.99", "USD").allocate(weights);
            for (int i = 0; i < weights.size(); i++) {
                for (int j = 0; j < weights.size(); j++) {
                    if (weights.get(i).compareTo(weights.get(j)) > 0) {
                        assertThat(shares.get(i).amount())
                                .isGreaterThanOrEqualTo(shares.get(j).amount());
                    }
                }
            }
        });
    }

    /** Retail values of 1 to 300 units, 0.00 to 5000.00 each. */
    private static Gen<List<BigDecimal>> retail() {
        return lists().of(cents(5000)).ofSizeBetween(1, 300);
    }

    /** An amount with two decimals from 0.00 to {@code maxWhole}.00, shrinking towards zero. */
    private static Gen<BigDecimal> cents(long maxWhole) {
        return longs().between(0, maxWhole * 100).map(c -> BigDecimal.valueOf(c, 2));
    }

    @Test
    void theLeftOverCentsGoToTheLargestRemaindersEarlierUnitFirst() {
        // 100.00 over three equal units: 33.33 each and one cent left, to the first
        assertThat(Money.of("100.00", "USD").allocate(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)))
                .containsExactly(Money.of("33.34", "USD"), Money.of("33.33", "USD"), Money.of("33.33", "USD"));
        // 10.00 over 1 : 2 : 3 → 1.666.., 3.333.., 5.00: the cent goes to the largest remainder (the first)
        assertThat(Money.of("10.00", "USD")
                        .allocate(List.of(new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("30"))))
                .containsExactly(Money.of("1.67", "USD"), Money.of("3.33", "USD"), Money.of("5.00", "USD"));
        // nothing of value: equal shares
        assertThat(Money.of("1.00", "USD").allocate(List.of(BigDecimal.ZERO, BigDecimal.ZERO)))
                .containsExactly(Money.of("0.50", "USD"), Money.of("0.50", "USD"));
    }
}
