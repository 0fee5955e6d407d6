package org.retrogistics.catalog;

import java.util.UUID;
import org.retrogistics.shared.Money;

/** What other modules may know of a product: a read-only snapshot. */
public record ProductFacts(
        UUID id,
        UUID clientId,
        String sku,
        String gtin,
        String name,
        String brand,
        String category,
        String family,
        int weightGrams,
        Money unitValue,
        boolean returnable,
        int warrantyMonths,
        boolean serialized,
        boolean dataBearing,
        BatteryFacts battery,
        String unuKey,
        long version,
        String model) {

    /** Whether the two are variants of one product: the same model, or the same SKU where there is no model. */
    public boolean sameProductAs(ProductFacts other) {
        return model != null ? model.equals(other.model()) : sku.equals(other.sku());
    }

    public String unNumber() {
        return battery == null ? null : battery.unNumber();
    }
}
