package org.retrogistics.shared;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An exact amount in one currency, never floating point; scaled to the currency's minor unit. In JSON the amount is a
 * string ("17.70"), so no client reads it as a binary float.
 */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, Currency currency)
        implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currency));
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, Currency.getInstance(currency));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    /** A share of this amount, for example a restocking fee of 15 percent. */
    public Money percent(BigDecimal percent) {
        return new Money(
                amount.multiply(percent).divide(BigDecimal.valueOf(100), 10, RoundingMode.HALF_EVEN), currency);
    }

    /**
     * Shares this amount over as many parts as there are weights, in proportion to them, exactly: every share is the
     * exact proportion rounded down to the minor unit, and the units left over go one each to the parts with the
     * largest rounded-off remainder, the earlier part first on a tie (largest remainder method). The shares always add
     * up to this amount, and the same input always gives the same shares; with every weight zero, the parts are equal.
     * A lot's price over its units by retail value, a leg's cost over its units, a refund over the units it pays for.
     */
    public List<Money> allocate(List<BigDecimal> weights) {
        if (this.amount.signum() < 0) {
            throw new IllegalArgumentException("only an amount of zero or more is shared, not " + this);
        }
        int n = weights.size();
        if (n == 0) {
            throw new IllegalArgumentException("nothing to share " + this + " over");
        }
        int digits = currency.getDefaultFractionDigits();
        BigInteger total = this.amount.movePointRight(digits).toBigIntegerExact();
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
            shares.add(new Money(BigDecimal.valueOf(c, digits), currency));
        }
        return shares;
    }

    /** This amount in {@code parts} equal shares, exactly (see {@link #allocate(List)}). */
    public List<Money> split(int parts) {
        return allocate(java.util.Collections.nCopies(parts, BigDecimal.ONE));
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
