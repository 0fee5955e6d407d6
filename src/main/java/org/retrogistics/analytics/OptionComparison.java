package org.retrogistics.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.retrogistics.shared.Money;

/**
 * Expected against actual for the units of one disposition option in one currency. Only units with at least one
 * ledger entry are compared (a unit just decided has no actual yet); those without any are counted apart.
 *
 * @param units units compared: decided on this option and with entries in the ledger
 * @param settled of those, the units whose fate is recorded (their story is complete: sold, restocked, recycled)
 * @param awaitingFacts units decided on this option with no ledger entry yet
 * @param expected the sum of the compared units' expected net recoveries
 * @param actual the sum of their actual net recoveries (recoveries minus costs)
 * @param meanGap (actual − expected) / units, rounded half-even to the currency's minor unit; zero when no unit is
 *     compared
 */
public record OptionComparison(
        String option,
        Currency currency,
        int units,
        int settled,
        int awaitingFacts,
        Money expected,
        Money costs,
        Money recoveries,
        Money actual,
        Money meanGap) {

    /** How many units are compared, how many of them are settled, and how many still await facts. */
    public record Counts(int units, int settled, int awaitingFacts) {}

    /** The comparison from the sums over the compared units: works out the actual net and the mean gap. */
    public static OptionComparison of(String option, Counts counts, Money expected, Money costs, Money recoveries) {
        int units = counts.units();
        Currency cur = expected.currency();
        Money actual = recoveries.minus(costs);
        Money meanGap = units == 0
                ? Money.zero(cur)
                : new Money(
                        actual.minus(expected).amount().divide(BigDecimal.valueOf(units), 10, RoundingMode.HALF_EVEN),
                        cur);
        return new OptionComparison(
                option,
                cur,
                units,
                counts.settled(),
                counts.awaitingFacts(),
                expected,
                costs,
                recoveries,
                actual,
                meanGap);
    }
}
