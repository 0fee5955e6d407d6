package org.retrogistics.refunds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;
import org.retrogistics.shared.Money;

/**
 * Named policy: how much may go back to the customer for some units of a return line. Pure: no database, no clock.
 *
 * <ol>
 *   <li>Start from what was paid for those units (the order line's price times the quantity).
 *   <li>A refund to the original payment pays the restocking fee the return policy set for the line (pro rata to the
 *       units), unless the policy waived it for the reason. Store credit, exchanges and replacements pay none.
 *   <li>A refund or store credit for a reason that is not the product's fault pays the return-shipping fee of the
 *       refunds settings, once per return.
 *   <li>When inspection finds damage the customer caused (the reason was not the product's fault, yet the unit is
 *       worn or broken), a share of the price is kept: cosmetic grade C keeps 20%, D 50%; a functional grade F3 to F5
 *       (impaired, repairable) keeps 50%, F6 to F9 (dead, liquid, parts, scrap) 100%. The larger share applies.
 * </ol>
 *
 * Each deduction is capped at what is left, so the allowance is never negative and never more than was paid.
 */
public final class RefundAllowance {

    private RefundAllowance() {}

    /** The inspection grades of the units, when known. */
    public record Condition(FunctionalGrade functional, CosmeticGrade cosmetic) {}

    /** The answer with every part of the sum and a sentence that explains it. */
    public record Allowance(
            Money paid,
            Money restockingFee,
            Money shippingFee,
            Money damageDeduction,
            Money allowed,
            String explanation) {}

    /**
     * @param shippingFee the return-shipping fee still due on this return (zero when none, or already taken)
     * @param condition the units' grades, null before inspection
     */
    public static Allowance of(
            LineTerms line, int quantity, Resolution resolution, Money shippingFee, Condition condition) {
        return of(line, 0, quantity, resolution, shippingFee, condition);
    }

    /**
     * As above, for units {@code unitsBefore + 1} to {@code unitsBefore + quantity} of the line: the restocking fee's
     * share is the line's fee up to the last of them, rounded to the cent, less the same up to the one before. Shares
     * taken unit by unit then add up to the line's fee exactly, never a cent more (each rounded on its own, three
     * units of a 10.88 fee would pay 3.63 three times).
     *
     * @param unitsBefore units of the line an earlier resolution that still stands took already
     */
    public static Allowance of(
            LineTerms line,
            int unitsBefore,
            int quantity,
            Resolution resolution,
            Money shippingFee,
            Condition condition) {
        Money paid = line.paidUnitPrice().times(quantity);
        Money zero = Money.zero(paid.currency());
        List<String> parts = new ArrayList<>();
        parts.add("paid " + quantity + " x " + line.paidUnitPrice().amount().toPlainString() + " = " + paid);
        Money left = paid;

        Money restocking = zero;
        if (resolution == Resolution.REFUND && line.restockingFeeForLine() != null) {
            Money fee = line.restockingFeeForLine();
            int before = Math.max(0, Math.min(unitsBefore, line.quantity() - quantity));
            restocking = cap(
                    proRata(fee, before + quantity, line.quantity()).minus(proRata(fee, before, line.quantity())),
                    left);
            if (restocking.amount().signum() > 0) {
                parts.add("restocking fee -" + restocking);
                left = left.minus(restocking);
            }
        }

        Money shipping = zero;
        if ((resolution == Resolution.REFUND || resolution == Resolution.STORE_CREDIT)
                && shippingFee != null
                && !line.reason().productFault()) {
            shipping = cap(shippingFee, left);
            if (shipping.amount().signum() > 0) {
                parts.add("return shipping -" + shipping);
                left = left.minus(shipping);
            }
        }

        Money damage = zero;
        int percent = damagePercent(line.reason(), condition);
        if (percent > 0) {
            damage = cap(paid.percent(BigDecimal.valueOf(percent)), left);
            parts.add("damage found at inspection (" + condition.functional() + "/" + condition.cosmetic() + ", "
                    + percent + "%) -" + damage);
            left = left.minus(damage);
        }
        parts.add("allowed " + left);
        return new Allowance(paid, restocking, shipping, damage, left, String.join("; ", parts));
    }

    /** The share of the price kept for damage the customer caused; zero for a product fault or before inspection. */
    public static int damagePercent(ReturnReason reason, Condition condition) {
        if (condition == null || reason.productFault()) {
            return 0;
        }
        int cosmetic = condition.cosmetic() == null
                ? 0
                : switch (condition.cosmetic()) {
                    case A, B -> 0;
                    case C -> 20;
                    case D -> 50;
                };
        int functional = 0;
        if (condition.functional() != null) {
            int level = condition.functional().level();
            functional = level <= FunctionalGrade.F2.level() ? 0 : level <= FunctionalGrade.F5.level() ? 50 : 100;
        }
        return Math.max(cosmetic, functional);
    }

    /** The line's amount for {@code units} of its units, rounded to the currency's cents. */
    private static Money proRata(Money forLine, int units, int lineQuantity) {
        return new Money(
                forLine.amount()
                        .multiply(BigDecimal.valueOf(units))
                        .divide(
                                BigDecimal.valueOf(lineQuantity),
                                forLine.currency().getDefaultFractionDigits(),
                                RoundingMode.HALF_EVEN),
                forLine.currency());
    }

    private static Money cap(Money amount, Money left) {
        if (amount.amount().signum() < 0) {
            return Money.zero(left.currency());
        }
        return amount.isGreaterThan(left) ? left : amount;
    }
}
