package org.retrogistics.disposition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.retrogistics.shared.Money;

/**
 * The expected net recovery of one option for one unit, with its parts, each rounded to the currency's minor unit so
 * that the lines add up exactly: {@code net = expectedSale − markdown − fees − labour − parts − transport + material}.
 *
 * @param grossPrice expected price on the channel for this grade: product value × price fraction
 * @param sellThrough chance it sells within the holding period
 * @param expectedSale gross price × sell-through
 * @param markdown expected sale × markdown per 30 days × holding days / 30
 * @param fees (expected sale − markdown) × channel fee, plus the fixed per-item fee
 * @param labour labour minutes (plus sanitisation minutes when the plan adds it) × rate
 * @param parts product value × parts fraction, plus fixed parts
 * @param transport transport cost
 * @param material weight in kg × value per kg (negative for a cost per kg)
 * @param net the expected net recovery
 * @param source where the row's figures come from
 */
public record RecoveryBreakdown(
        Money grossPrice,
        BigDecimal sellThrough,
        Money expectedSale,
        Money markdown,
        Money fees,
        Money labour,
        Money parts,
        Money transport,
        Money material,
        Money net,
        String source) {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    static RecoveryBreakdown of(PricedEntry p, Money productValue, long weightGrams, boolean sanitise) {
        RecoveryEntry e = p.entry();
        int d = p.digits();
        Currency cur = productValue.currency();
        BigDecimal value = productValue.amount();
        BigDecimal gross = round(value.multiply(e.priceFraction()), d);
        BigDecimal expected = round(gross.multiply(e.sellThrough()), d);
        BigDecimal markdown = round(expected.multiply(p.markdownFactor), d);
        BigDecimal fees =
                round(expected.subtract(markdown).multiply(e.channelFee()), d).add(p.fixedFee);
        BigDecimal labour = sanitise ? p.labourWithSanitise : p.labour;
        BigDecimal parts = round(value.multiply(e.partsFraction()), d).add(p.partsFixed);
        BigDecimal material = e.valuePerKg().signum() == 0
                ? BigDecimal.ZERO.setScale(d)
                : e.valuePerKg().multiply(BigDecimal.valueOf(weightGrams)).divide(THOUSAND, d, RoundingMode.HALF_EVEN);
        BigDecimal net = expected.subtract(markdown)
                .subtract(fees)
                .subtract(labour)
                .subtract(parts)
                .subtract(p.transport)
                .add(material);
        return new RecoveryBreakdown(
                new Money(gross, cur),
                e.sellThrough(),
                new Money(expected, cur),
                new Money(markdown, cur),
                new Money(fees, cur),
                new Money(labour, cur),
                new Money(parts, cur),
                new Money(p.transport, cur),
                new Money(material, cur),
                new Money(net, cur),
                e.source());
    }

    private static BigDecimal round(BigDecimal v, int digits) {
        return v.setScale(digits, RoundingMode.HALF_EVEN);
    }
}
