package org.retrogistics.transport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.Containers;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.returns.ReceivableLine;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;
import org.retrogistics.transport.LegManagement.LoadedContainer;
import org.retrogistics.transport.LegManagement.ManifestUnit;
import org.retrogistics.transport.LegManagement.NoAirWithDamagedBattery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What a leg carries: the units inside its containers, their batteries, weight and CO2e, and its snapshot. */
@Component
class LegCargo {

    private final CatalogManagement catalog;
    private final Containers containers;
    private final InspectedBatteries batteries;
    private final ReturnManagement returns;
    private final TransportSettings settings;
    private final JdbcClient jdbc;

    LegCargo(
            CatalogManagement catalog,
            Containers containers,
            InspectedBatteries batteries,
            ReturnManagement returns,
            TransportSettings settings,
            JdbcClient jdbc) {
        this.catalog = catalog;
        this.containers = containers;
        this.batteries = batteries;
        this.returns = returns;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /** Records what the leg carries: at loading, container by container, and afresh at dispatch. */
    void snapshot(Leg leg, List<ManifestUnit> units) {
        for (ManifestUnit u : units) {
            jdbc.sql(
                            """
                            insert into transport_leg_unit (leg_id, unit_id, return_id, container_sscc, licence_plate,
                              sku, serial, weight_grams, un_number, damaged_battery)
                            values (:leg, :unit, :ret, :sscc, :plate, :sku, :serial, :grams, :un, :damaged)
                            """)
                    .param("leg", leg.getId())
                    .param("unit", u.unitId())
                    .param("ret", u.returnId())
                    .param("sscc", u.containerSscc())
                    .param("plate", u.licencePlate())
                    .param("sku", u.sku())
                    .param("serial", u.serial())
                    .param("grams", u.weightGrams())
                    .param("un", u.unNumber())
                    .param("damaged", u.damagedBattery())
                    .update();
        }
    }

    List<ManifestUnit> onBoard(Leg leg) {
        return jdbc.sql(
                        """
                        select unit_id, return_id, container_sscc, licence_plate, sku, serial, weight_grams,
                          un_number, damaged_battery, cost_share
                        from transport_leg_unit where leg_id = :leg order by container_sscc, licence_plate
                        """)
                .param("leg", leg.getId())
                .query((rs, i) -> new ManifestUnit(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        (Integer) rs.getObject(7),
                        rs.getString(8),
                        rs.getBoolean(9),
                        rs.getBigDecimal(10) == null
                                ? null
                                : new Money(rs.getBigDecimal(10), leg.cost().currency())))
                .list();
    }

    /** The units inside the containers, nested ones included, with what the manifest says of each. */
    List<ManifestUnit> carried(ClientId client, List<String> ssccs) {
        List<UnitSnapshot> units = new ArrayList<>();
        Map<UUID, String> containerOf = new LinkedHashMap<>();
        List<String> queue = new ArrayList<>(ssccs);
        for (int i = 0; i < queue.size(); i++) {
            Containers.Contents contents = containers.contents(client, queue.get(i));
            for (UnitSnapshot u : contents.units()) {
                units.add(u);
                containerOf.put(u.id(), contents.container().sscc());
            }
            contents.containers().forEach(c -> queue.add(c.sscc()));
        }
        Map<UUID, ProductFacts> products = catalog.productsById(
                client, units.stream().map(UnitSnapshot::productId).distinct().toList());
        List<ManifestUnit> out = new ArrayList<>();
        for (UnitSnapshot u : units) {
            ProductFacts p = products.get(u.productId());
            String un = p == null ? null : p.unNumber();
            Optional<ReceivableLine> line = returns.receivableLine(client, u.sourceRef());
            out.add(new ManifestUnit(
                    u.id(),
                    line.map(ReceivableLine::returnId).orElse(null),
                    containerOf.get(u.id()),
                    u.licencePlate(),
                    u.sku(),
                    u.serial(),
                    p == null || p.weightGrams() <= 0 ? null : p.weightGrams(),
                    un,
                    un != null && batteryVerdict(client, u, un, line).damaged(),
                    null));
        }
        out.sort(Comparator.comparing(ManifestUnit::containerSscc).thenComparing(ManifestUnit::licencePlate));
        return out;
    }

    /** The inspection's battery state once inspected; before that the reason the unit came back for. */
    DamagedBatteryPolicy.Verdict batteryVerdict(
            ClientId client, UnitSnapshot u, String un, Optional<ReceivableLine> line) {
        Optional<InspectedBatteries.Inspected> inspected = batteries.of(client, u.id());
        ReturnReason reason =
                inspected.isPresent() ? null : line.map(ReceivableLine::reason).orElse(null);
        return DamagedBatteryPolicy.judge(
                un, inspected.map(InspectedBatteries.Inspected::batteryState).orElse(null), reason);
    }

    static void checkBatteries(Leg leg, List<ManifestUnit> units) {
        DamagedBatteryPolicy.Decision d = DamagedBatteryPolicy.allows(
                leg.getMode(),
                units.stream()
                        .filter(ManifestUnit::damagedBattery)
                        .map(ManifestUnit::licencePlate)
                        .toList());
        if (!d.allowed()) {
            throw new NoAirWithDamagedBattery(leg.getNumber(), d.reason());
        }
    }

    static long grams(List<ManifestUnit> units) {
        return units.stream()
                .mapToLong(u -> u.weightGrams() == null ? 0 : u.weightGrams())
                .sum();
    }

    BigDecimal co2(Leg leg, long grams) {
        return LegFigures.co2eKg(
                leg.getDistanceKm(), grams, settings.co2eGramsPerTonneKm().get(leg.getMode()));
    }

    static String kind(LoadedContainer c) {
        return c.kind().toLowerCase(Locale.ROOT);
    }
}
