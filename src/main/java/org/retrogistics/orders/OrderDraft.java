package org.retrogistics.orders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.retrogistics.shared.CurrencyCode;

/** An order as a storefront or an import hands it over. */
public record OrderDraft(
        @NotBlank @Size(max = 64) String orderNumber,
        @NotBlank @Email @Size(max = 254) String customerEmail,
        @Size(max = 200) String customerName,
        @NotNull @PastOrPresent Instant orderedAt,
        @PastOrPresent Instant deliveredAt,
        @NotNull @CurrencyCode String currency,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull Line> lines) {

    /** One product on the order; a serial names the one item of a line of quantity 1. */
    public record Line(
            @NotBlank @Size(max = 64) String sku,
            @NotNull @Positive @Max(100_000) Integer quantity,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal unitPrice,
            Boolean finalSale,
            @Size(max = 64) String lot,
            @Size(max = 64) String serial) {

        public Line(String sku, Integer quantity, BigDecimal unitPrice, Boolean finalSale) {
            this(sku, quantity, unitPrice, finalSale, null, null);
        }
    }
}
