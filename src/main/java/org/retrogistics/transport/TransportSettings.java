package org.retrogistics.transport;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Transport settings: the shared secret of each carrier's signed tracking events, how old an event's timestamp may be
 * (replays are refused), the return label's carrier and the warehouse it is addressed to, and per mode of a leg: the
 * CO2e factor (grams per tonne-km), the rate per km (in the client's currency) and the circuity factor that turns a
 * great-circle distance into a travelled one.
 *
 * <p>Default CO2e factors: the UK Government (DEFRA) greenhouse-gas conversion factors for company reporting, freight,
 * direct emissions in kg CO2e per tonne-km as summarised by the Mode Shift Centre
 * (http://www.modeshiftcentre.org.uk/water_freight/why_use_water_freight/environment/): HGV average 0.12631, rail
 * 0.03159, deep-sea container ship 0.01536, air domestic and short haul 1.73499. They are direct (tank-to-wheel)
 * averages; a client that reports well-to-wheel (GLEC Framework, ISO 14083) sets its own.
 *
 * <p>Default circuity: road and rail distance ≈ 1.2 × great-circle distance (Ballou, Rahardja and Sakai, "Selected
 * country circuity factors for road travel distance estimation", Transportation Research Part A 36 (2002), which
 * reports factors of about 1.1 to 1.4 by country); sea and air take the great circle as it is. A leg may always give
 * its real distance instead.
 *
 * <p>Default rates per km: assumptions of the order of a contracted full-load price (road 1.50, rail 1.00, sea 0.50,
 * air 6.00 per km); every client replaces them with its own tariffs.
 */
@ConfigurationProperties("retrogistics.transport")
public record TransportSettings(
        Map<String, String> carrierSecrets,
        Duration signatureTolerance,
        String labelCarrier,
        String warehouseAddress,
        Map<TransportMode, BigDecimal> co2eGramsPerTonneKm,
        Map<TransportMode, BigDecimal> ratePerKm,
        Map<TransportMode, BigDecimal> circuity) {

    public TransportSettings {
        carrierSecrets = carrierSecrets == null ? Map.of() : Map.copyOf(carrierSecrets);
        signatureTolerance = signatureTolerance == null ? Duration.ofMinutes(5) : signatureTolerance;
        labelCarrier = labelCarrier == null ? "RETROPOST" : labelCarrier;
        warehouseAddress = warehouseAddress == null ? "Returns centre, Dock 1" : warehouseAddress;
        co2eGramsPerTonneKm = withDefaults(co2eGramsPerTonneKm, "126.31", "31.59", "15.36", "1734.99");
        ratePerKm = withDefaults(ratePerKm, "1.50", "1.00", "0.50", "6.00");
        circuity = withDefaults(circuity, "1.20", "1.20", "1.00", "1.00");
    }

    /** The configured values over the defaults, in mode order ROAD, RAIL, SEA, AIR. */
    private static Map<TransportMode, BigDecimal> withDefaults(
            Map<TransportMode, BigDecimal> configured, String road, String rail, String sea, String air) {
        Map<TransportMode, BigDecimal> all = new EnumMap<>(TransportMode.class);
        all.put(TransportMode.ROAD, new BigDecimal(road));
        all.put(TransportMode.RAIL, new BigDecimal(rail));
        all.put(TransportMode.SEA, new BigDecimal(sea));
        all.put(TransportMode.AIR, new BigDecimal(air));
        if (configured != null) {
            all.putAll(configured);
        }
        return Map.copyOf(all);
    }
}
