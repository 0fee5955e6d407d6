package org.retrogistics.refunds;

import org.retrogistics.shared.Money;

/**
 * Named policy: the money side of an exchange. The returned units are worth their allowance; the item sent out uses
 * that value up to its price. If it is cheaper, the customer gets the difference back; if dearer, they pay it. So the
 * returned line gives out exactly its allowance, never more, whatever the item costs.
 *
 * @param goodsValue the part of the allowance the item sent out takes (its price, at most the allowance)
 * @param refunded the difference back to the customer (zero if none)
 * @param charged the difference the customer pays (zero if none)
 */
public record ExchangePricing(Money goodsValue, Money refunded, Money charged) {

    public static ExchangePricing of(Money allowance, Money itemPrice) {
        Money zero = Money.zero(allowance.currency());
        if (itemPrice.isGreaterThan(allowance)) {
            return new ExchangePricing(allowance, zero, itemPrice.minus(allowance));
        }
        return new ExchangePricing(itemPrice, allowance.minus(itemPrice), zero);
    }

    /** What the line gives out: the item's share plus any difference refunded; always the allowance. */
    public Money outOfLine() {
        return goodsValue.plus(refunded);
    }
}
