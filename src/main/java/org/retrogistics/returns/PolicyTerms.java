package org.retrogistics.returns;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The editable terms of a return policy; publishing them makes a new policy version.
 *
 * @param reviewUndelivered a return on an order with no delivery on record goes to review instead of being refused
 *     (default: refused)
 * @param lostAfterDays days after the carrier's last scan with no further scan before a shipped return counts as lost
 *     (default 21)
 * @param lostParcelMoney what money a lost parcel moves (default: what each line asked for)
 * @param exchangeScope which goods an exchange may send out (default: the same product's variants)
 */
public record PolicyTerms(
        @NotNull @Min(0) @Max(730) Integer windowDays,
        @NotNull @Min(1) @Max(365) Integer shipWithinDays,
        Set<String> nonReturnableCategories,
        @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal restockingFeePercent,
        Set<ReturnReason> feeFreeReasons,
        @NotEmpty Set<Resolution> offeredResolutions,
        @NotNull MoneyMoment moneyMoves,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal reviewAboveAmount,
        Boolean allowWithoutOrder,
        Boolean reviewUndelivered,
        @Min(1) @Max(365) Integer lostAfterDays,
        LostParcelMoney lostParcelMoney,
        ExchangeScope exchangeScope) {}
