package org.retrogistics.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.retrogistics.shared.Money;

/**
 * Expected against actual for the units of one disposition option in one currency. Only units with at least one
 * ledger entry are compared (a unit just decided has no actual yet); those without any are counted apart.
 *
 * @param units units compared: decided on this option and with entries in the ledger
 * @param settled of those, the units whose fate is recorded (their story is complete: sold, restocked, recycled)
 * @param awaitingFacts units decided on this option with no ledger entry yet
 * @param expected the sum of their expected net recoveries
 * @param actual the sum of their actual net recoveries (recoveries minus costs)
 * @param meanGap (actual − expected) / units, rounded to the currency's minor unit; zero when no unit is compared
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

    /**
     * One unit's outcome: the option in force with its expectation, and the unit's costs and recoveries in the
     * expectation's currency (null when the ledger has none in that currency), and whether its fate is recorded.
     */
    public record UnitOutcome(
            UUID unitId, String option, Money expected, Money costs, Money recoveries, boolean settled) {

        boolean hasFacts() {
            return costs != null || recoveries != null;
        }

        Money actual() {
            Money zero = Money.zero(expected.currency());
            return (recoveries == null ? zero : recoveries).minus(costs == null ? zero : costs);
        }
    }

    /** Groups outcomes by option and currency, in the order the options first appear. */
    public static List<OptionComparison> of(Collection<UnitOutcome> outcomes) {
        Map<String, List<UnitOutcome>> groups = new LinkedHashMap<>();
        for (UnitOutcome o : outcomes) {
            groups.computeIfAbsent(o.option() + "|" + o.expected().currency().getCurrencyCode(), k -> new ArrayList<>())
                    .add(o);
        }
        List<OptionComparison> out = new ArrayList<>();
        for (List<UnitOutcome> group : groups.values()) {
            out.add(aggregate(group));
        }
        return List.copyOf(out);
    }

    private static OptionComparison aggregate(List<UnitOutcome> group) {
        Currency cur = group.get(0).expected().currency();
        Money zero = Money.zero(cur);
        Money expected = zero, costs = zero, recoveries = zero, actual = zero;
        int units = 0, settled = 0, awaiting = 0;
        for (UnitOutcome o : group) {
            if (!o.hasFacts()) {
                awaiting++;
                continue;
            }
            units++;
            settled += o.settled() ? 1 : 0;
            expected = expected.plus(o.expected());
            costs = costs.plus(o.costs() == null ? zero : o.costs());
            recoveries = recoveries.plus(o.recoveries() == null ? zero : o.recoveries());
            actual = actual.plus(o.actual());
        }
        Money meanGap = units == 0
                ? zero
                : new Money(
                        actual.minus(expected).amount().divide(BigDecimal.valueOf(units), 10, RoundingMode.HALF_EVEN),
                        cur);
        return new OptionComparison(
                group.get(0).option(), cur, units, settled, awaiting, expected, costs, recoveries, actual, meanGap);
    }
}
