package org.retrogistics.workshop;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Workshop settings.
 *
 * @param labourRatePerHour what an hour of a technician's labour costs, in the client's currency, for the recovery
 *     ledger's LABOUR entries. REFERENCE.md has no labour rate (its processing-cost row, 27% of the purchase price
 *     including labour, bounds the total); the default of 30 is the same assumption as the disposition model's
 *     default recovery table, so that expected and actual labour are priced alike.
 */
@ConfigurationProperties("retrogistics.workshop")
public record WorkshopSettings(BigDecimal labourRatePerHour) {

    public static final BigDecimal DEFAULT_LABOUR_RATE = new BigDecimal("30");

    public WorkshopSettings {
        labourRatePerHour = labourRatePerHour == null ? DEFAULT_LABOUR_RATE : labourRatePerHour;
        if (labourRatePerHour.signum() < 0) {
            throw new IllegalArgumentException("retrogistics.workshop.labour-rate-per-hour cannot be negative");
        }
    }
}
