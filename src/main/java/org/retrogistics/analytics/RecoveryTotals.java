package org.retrogistics.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.RecoveryFacts.Side;

/**
 * Costs, recoveries and net recovery in one currency. Amounts in different currencies are never added together: a set
 * of entries gives one total per currency.
 *
 * @param net recoveries minus costs
 */
public record RecoveryTotals(Currency currency, Money costs, Money recoveries, Money net, int entries) {

    public static RecoveryTotals zero(Currency currency) {
        Money zero = Money.zero(currency);
        return new RecoveryTotals(currency, zero, zero, zero, 0);
    }

    /** This total with one more entry of the same currency. */
    public RecoveryTotals plus(LedgerEntry e) {
        Money a = e.amount();
        if (!a.currency().equals(currency)) {
            throw new IllegalArgumentException("a " + a.currency() + " entry in a " + currency + " total");
        }
        return e.side() == Side.COST
                ? new RecoveryTotals(currency, costs.plus(a), recoveries, net.minus(a), entries + 1)
                : new RecoveryTotals(currency, costs, recoveries.plus(a), net.plus(a), entries + 1);
    }

    /** One total per currency, in currency-code order. */
    public static List<RecoveryTotals> of(Collection<LedgerEntry> entries) {
        Map<String, RecoveryTotals> by = new TreeMap<>();
        for (LedgerEntry e : entries) {
            Currency c = e.amount().currency();
            by.put(
                    c.getCurrencyCode(),
                    by.getOrDefault(c.getCurrencyCode(), zero(c)).plus(e));
        }
        List<RecoveryTotals> out = new ArrayList<>(by.values());
        out.sort(Comparator.comparing(t -> t.currency().getCurrencyCode()));
        return List.copyOf(out);
    }

    /** The total in one currency among several, or a zero total. */
    public static RecoveryTotals in(List<RecoveryTotals> totals, Currency currency) {
        return totals.stream()
                .filter(t -> t.currency().equals(currency))
                .findFirst()
                .orElse(zero(currency));
    }
}
