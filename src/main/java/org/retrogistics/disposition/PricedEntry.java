package org.retrogistics.disposition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * A recovery row with its unit-independent parts worked out once per table and scope (labour, fixed amounts, the
 * markdown factor), so a decision only multiplies by the unit's value.
 */
final class PricedEntry {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

    private final RecoveryEntry entry;
    private final int digits;
    /** markdown per 30 days × holding days / 30, exact to 10 places. */
    final BigDecimal markdownFactor;

    final BigDecimal labour;
    final BigDecimal labourWithSanitise;
    final BigDecimal partsFixed;
    final BigDecimal transport;
    final BigDecimal fixedFee;

    PricedEntry(RecoveryEntry entry, Currency currency) {
        this.entry = entry;
        this.digits = currency.getDefaultFractionDigits();
        this.markdownFactor = entry.markdownPer30Days()
                .multiply(BigDecimal.valueOf(entry.holdingDays()))
                .divide(THIRTY, 10, RoundingMode.HALF_EVEN);
        this.labour = minutes(entry.labourMinutes());
        this.labourWithSanitise = minutes(entry.labourMinutes() + entry.sanitiseMinutes());
        this.partsFixed = money(entry.partsFixed());
        this.transport = money(entry.transport());
        this.fixedFee = money(entry.fixedFee());
    }

    RecoveryEntry entry() {
        return entry;
    }

    int digits() {
        return digits;
    }

    private BigDecimal minutes(int minutes) {
        return entry.labourRatePerHour()
                .multiply(BigDecimal.valueOf(minutes))
                .divide(SIXTY, digits, RoundingMode.HALF_EVEN);
    }

    private BigDecimal money(BigDecimal amount) {
        return amount.setScale(digits, RoundingMode.HALF_EVEN);
    }
}
