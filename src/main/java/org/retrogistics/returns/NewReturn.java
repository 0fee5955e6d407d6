package org.retrogistics.returns;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A request to send items back. Lines name an order line (order number plus line number or SKU), or, for a warranty
 * claim, take-back or end-of-life return without an order, just a SKU.
 */
public record NewReturn(
        ReturnKind kind,
        @Email @Size(max = 254) String customerEmail,
        @Size(max = 200) String customerName,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull Line> lines) {

    /** One item asked back. Give either {@code reason} (internal) or {@code reasonCode} (external, source:code). */
    public record Line(
            @Size(max = 64) String orderNumber,
            @Positive Integer lineNo,
            @Size(max = 64) String sku,
            @NotNull @Positive @Max(100_000) Integer quantity,
            ReturnReason reason,
            @Size(max = 80) String reasonCode,
            @Size(max = 2000) String note,
            @Size(max = 100) String serial,
            @Size(max = 100) String lot,
            Resolution resolution) {}

    public ReturnKind kindOrDefault() {
        return kind == null ? ReturnKind.CUSTOMER_RETURN : kind;
    }
}
