package org.retrogistics.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** The lithium battery a product carries, if any. */
@Embeddable
public record BatteryFacts(
        @Enumerated(EnumType.STRING) @Column(name = "battery_chemistry") BatteryChemistry chemistry,
        @Column(name = "battery_wh") BigDecimal wattHours,
        @Enumerated(EnumType.STRING) @Column(name = "battery_packing") BatteryPacking packing) {

    /**
     * The UN number the shipment must show: UN3480 lithium-ion alone, UN3481 in or with equipment, UN3090 lithium metal
     * alone, UN3091 in or with equipment (REFERENCE.md, "Lithium batteries").
     */
    public String unNumber() {
        if (chemistry == null) {
            return null;
        }
        boolean alone = packing == null || packing == BatteryPacking.STANDALONE;
        return switch (chemistry) {
            case LITHIUM_ION -> alone ? "UN3480" : "UN3481";
            case LITHIUM_METAL -> alone ? "UN3090" : "UN3091";
        };
    }

    public boolean present() {
        return chemistry != null;
    }
}
