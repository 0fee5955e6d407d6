package org.retrogistics.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.retrogistics.shared.CurrencyCode;

/**
 * What it takes to add a product to a client's catalogue.
 *
 * @param model the model its variants (sizes, colours) share; an exchange within the same product stays within it
 */
public record ProductDraft(
        @NotBlank @Size(max = 64) String sku,
        @Size(max = 14) String gtin,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String brand,
        @NotBlank @Size(max = 60) String category,
        @Size(max = 60) String family,
        @NotNull @PositiveOrZero @Max(10_000_000) Integer weightGrams,
        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal unitValue,
        @NotNull @CurrencyCode String currency,
        Boolean returnable,
        @Min(0) @Max(240) Integer warrantyMonths,
        Boolean serialized,
        Boolean dataBearing,
        @Valid Battery battery,
        @Size(max = 10) String unuKey,
        @Size(max = 120) String model) {

    /** Battery facts as given by the client. */
    public record Battery(
            @NotNull BatteryChemistry chemistry,
            @DecimalMin("0.0") @Digits(integer = 6, fraction = 2) BigDecimal wattHours,
            @NotNull BatteryPacking packing) {}
}
