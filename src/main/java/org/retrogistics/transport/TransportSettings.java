package org.retrogistics.transport;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Transport settings: the shared secret of each carrier's signed tracking events, how old an event's timestamp may be
 * (replays are refused), the return label's carrier and the warehouse it is addressed to, and the CO2 factor per
 * tonne-km by mode.
 */
@ConfigurationProperties("retrogistics.transport")
public record TransportSettings(
        Map<String, String> carrierSecrets,
        Duration signatureTolerance,
        String labelCarrier,
        String warehouseAddress,
        Map<String, BigDecimal> co2KgPerTonneKm) {

    public TransportSettings {
        carrierSecrets = carrierSecrets == null ? Map.of() : Map.copyOf(carrierSecrets);
        signatureTolerance = signatureTolerance == null ? Duration.ofMinutes(5) : signatureTolerance;
        labelCarrier = labelCarrier == null ? "RETROPOST" : labelCarrier;
        warehouseAddress = warehouseAddress == null ? "Returns centre, Dock 1" : warehouseAddress;
        // default factors: assumptions of the order of published well-to-wheel averages; a client sets its own
        co2KgPerTonneKm = co2KgPerTonneKm == null
                ? Map.of("ROAD", new BigDecimal("0.100"), "AIR", new BigDecimal("0.600"))
                : Map.copyOf(co2KgPerTonneKm);
    }
}
