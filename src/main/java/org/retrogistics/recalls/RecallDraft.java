package org.retrogistics.recalls;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.retrogistics.returns.Resolution;

/**
 * A campaign as a manager describes it: the product (by SKU, or by GTIN), one or more narrowing criteria (lots, serial
 * range, sale dates), the remedy offered, and a note for the returns.
 */
public record RecallDraft(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 64) String sku,
        @Size(max = 14) String gtin,
        @Size(max = 200) List<@NotBlank @Size(max = 64) String> lots,
        @Size(max = 64) String serialFrom,
        @Size(max = 64) String serialTo,
        LocalDate soldFrom,
        LocalDate soldTo,
        Resolution remedy,
        @Size(max = 500) String note) {}
