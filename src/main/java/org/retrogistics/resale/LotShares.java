package org.retrogistics.resale;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.retrogistics.shared.Money;

/**
 * Shares an amount (a lot's price, its fee) over its units in proportion to each unit's retail value, exactly: every
 * share is the exact proportion rounded down to the cent, and the cents left over go one each to the units with the
 * largest rounded-off remainder, the earlier unit first on a tie (largest remainder method). The shares always add up
 * to the amount; the same input always gives the same shares. When every weight is zero, the shares are equal.
 */
public final class LotShares {

    private LotShares() {}

    public static List<Money> allocate(Money amount, List<BigDecimal> weights) {
        if (amount.amount().signum() < 0) {
            throw new IllegalArgumentException("only an amount of zero or more is shared, not " + amount);
        }
        int n = weights.size();
        if (n == 0) {
            throw new IllegalArgumentException("nothing to share " + amount + " over");
        }
        int digits = amount.currency().getDefaultFractionDigits();
        BigInteger total = amount.amount().movePointRight(digits).toBigIntegerExact();
        List<BigInteger> w = new ArrayList<>(n);
        for (BigDecimal weight : weights) {
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("a weight is zero or more, not " + weight);
            }
            // weights at the currency's scale and a bit below, as whole numbers, so the sums are exact
            w.add(weight.movePointRight(digits + 4).toBigInteger());
        }
        BigInteger weightSum = w.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (weightSum.signum() == 0) {
            w.replaceAll(x -> BigInteger.ONE);
            weightSum = BigInteger.valueOf(n);
        }
        long[] cents = new long[n];
        BigInteger[] remainders = new BigInteger[n];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = total.multiply(w.get(i)).divideAndRemainder(weightSum);
            cents[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given = given.add(qr[0]);
        }
        int left = total.subtract(given).intValueExact();
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigInteger>comparing(i -> remainders[i])
                .reversed()
                .thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            cents[order.get(k)]++;
        }
        List<Money> shares = new ArrayList<>(n);
        for (long c : cents) {
            shares.add(new Money(BigDecimal.valueOf(c, digits), amount.currency()));
        }
        return shares;
    }
}
