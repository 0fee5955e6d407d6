package org.retrogistics.disposition;

import java.math.BigDecimal;
import java.util.Objects;
import org.retrogistics.shared.ClientId;

/**
 * One row of a recovery table: the model's inputs for one option, for a client (or the system default when null), a
 * category (any when null) and a grade band (any when null). Fractions are of the product value or of the price;
 * amounts are in the table's currency. Decimals are kept without trailing zeros so that a row read back from its CSV
 * form equals the row written.
 *
 * @param priceFraction expected price on this channel for this grade, as a fraction of the product value
 * @param sellThrough chance the unit sells (or is accepted) within the holding period, 0–1
 * @param holdingDays days held before it sells
 * @param markdownPer30Days markdown of the price per 30 days held, 0–1
 * @param labourMinutes labour the option's work needs
 * @param labourRatePerHour cost of an hour of that labour
 * @param sanitiseMinutes extra labour when the option's plan adds a sanitisation (data-bearing, not yet sanitised)
 * @param partsFraction parts, as a fraction of the product value
 * @param partsFixed parts, a fixed amount
 * @param transport transport to the buyer, vendor, recycler or customer
 * @param channelFee the channel's fee on the sale, 0–1 (a marketplace referral fee)
 * @param fixedFee a fixed fee per item (listing, per-item liquidation fee, recycler or destruction charge)
 * @param valuePerKg material value per kilogram (negative: a cost per kilogram, e.g. landfill)
 * @param source where the figures come from (a REFERENCE.md row or "assumption"), so a person can judge them
 */
public record RecoveryEntry(
        ClientId client,
        String category,
        GradeBand band,
        DispositionOption option,
        BigDecimal priceFraction,
        BigDecimal sellThrough,
        int holdingDays,
        BigDecimal markdownPer30Days,
        int labourMinutes,
        BigDecimal labourRatePerHour,
        int sanitiseMinutes,
        BigDecimal partsFraction,
        BigDecimal partsFixed,
        BigDecimal transport,
        BigDecimal channelFee,
        BigDecimal fixedFee,
        BigDecimal valuePerKg,
        String source) {

    private static final BigDecimal ONE = BigDecimal.ONE;

    public RecoveryEntry {
        Objects.requireNonNull(option, "option");
        category = category == null || category.isBlank() || category.trim().equals("*")
                ? null
                : category.trim().toLowerCase(java.util.Locale.ROOT);
        String at = option + " (" + (client == null ? "system" : client) + ", " + (category == null ? "*" : category)
                + ", " + (band == null ? "*" : band) + ")";
        priceFraction = nonNegative(priceFraction, "price fraction", at);
        sellThrough = fraction(sellThrough, "sell-through", at);
        markdownPer30Days = fraction(markdownPer30Days, "markdown per 30 days", at);
        labourRatePerHour = nonNegative(labourRatePerHour, "labour rate", at);
        partsFraction = nonNegative(partsFraction, "parts fraction", at);
        partsFixed = nonNegative(partsFixed, "parts fixed", at);
        transport = nonNegative(transport, "transport", at);
        channelFee = fraction(channelFee, "channel fee", at);
        fixedFee = nonNegative(fixedFee, "fixed fee", at);
        valuePerKg = normal(Objects.requireNonNullElse(valuePerKg, BigDecimal.ZERO));
        if (holdingDays < 0 || labourMinutes < 0 || sanitiseMinutes < 0) {
            throw new InvalidRecoveryTable(at + ": holding days and minutes cannot be negative");
        }
        source = source == null ? "" : source.trim();
    }

    /** True when this row applies to the given scope key parts (nulls meaning "any"). */
    boolean sameScope(RecoveryEntry other) {
        return Objects.equals(client, other.client)
                && Objects.equals(category, other.category)
                && band == other.band
                && option == other.option;
    }

    /** The same row for another scope, e.g. to copy a system default into a client's table before editing it. */
    public RecoveryEntry forScope(ClientId client, String category, GradeBand band) {
        return new RecoveryEntry(
                client,
                category,
                band,
                option,
                priceFraction,
                sellThrough,
                holdingDays,
                markdownPer30Days,
                labourMinutes,
                labourRatePerHour,
                sanitiseMinutes,
                partsFraction,
                partsFixed,
                transport,
                channelFee,
                fixedFee,
                valuePerKg,
                source);
    }

    /** The same row with another expected price, e.g. a client's edit. */
    public RecoveryEntry withPrice(BigDecimal newPriceFraction) {
        return new RecoveryEntry(
                client,
                category,
                band,
                option,
                newPriceFraction,
                sellThrough,
                holdingDays,
                markdownPer30Days,
                labourMinutes,
                labourRatePerHour,
                sanitiseMinutes,
                partsFraction,
                partsFixed,
                transport,
                channelFee,
                fixedFee,
                valuePerKg,
                source);
    }

    private static BigDecimal nonNegative(BigDecimal v, String name, String at) {
        if (v == null) {
            throw new InvalidRecoveryTable(at + ": " + name + " is missing");
        }
        if (v.signum() < 0) {
            throw new InvalidRecoveryTable(at + ": " + name + " " + v.toPlainString() + " is negative");
        }
        return normal(v);
    }

    private static BigDecimal fraction(BigDecimal v, String name, String at) {
        BigDecimal n = nonNegative(v, name, at);
        if (n.compareTo(ONE) > 0) {
            throw new InvalidRecoveryTable(at + ": " + name + " " + v.toPlainString() + " is above 1 (it is a share)");
        }
        return n;
    }

    private static BigDecimal normal(BigDecimal v) {
        if (v.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
