package org.retrogistics.transport;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.catalog.Site;
import org.retrogistics.custody.Container;
import org.retrogistics.custody.Containers;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.Unit;
import org.retrogistics.inspection.Inspection;
import org.retrogistics.inspection.InspectionManagement;
import org.retrogistics.returns.ReceivableLine;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.CsvExport;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.NotFound;
import org.retrogistics.shared.PageOf;
import org.retrogistics.shared.RecoveryFacts;
import org.retrogistics.transport.internal.LegRepository;
import org.retrogistics.transport.internal.PdfReport;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consolidation legs between sites: containers (SSCC) are loaded onto a planned leg, dispatch puts them and every unit
 * inside in transit, arrival hands them to the destination site and shares the leg's cost over the units it carried
 * ({@link RecoveryFacts}, one TRANSPORT entry per unit). A leg by air never carries a damaged battery
 * ({@link DamagedBatteryPolicy}). Each leg has a manifest, as CSV and PDF.
 */
@Service
@Transactional(readOnly = true)
public class LegManagement {

    /** What it takes to plan a leg: site codes, the mode, and optionally its real distance and agreed price. */
    public record NewLeg(
            String origin, String destination, TransportMode mode, BigDecimal distanceKm, BigDecimal price) {}

    /** A container loaded on a leg. */
    public record LoadedContainer(String sscc, String kind, Instant loadedAt, String loadedBy) {}

    /** One unit on a leg, as the manifest lists it. */
    public record ManifestUnit(
            UUID unitId,
            UUID returnId,
            String containerSscc,
            String licencePlate,
            String sku,
            String serial,
            Integer weightGrams,
            String unNumber,
            boolean damagedBattery,
            Money costShare) {}

    /** Everything a leg carries or carried: its containers and their units, and the totals. */
    public record Manifest(
            Leg leg,
            Site origin,
            Site destination,
            List<LoadedContainer> containers,
            List<ManifestUnit> units,
            long weightGrams,
            BigDecimal co2eKg) {}

    private final LegRepository legs;
    private final CatalogManagement catalog;
    private final Containers containers;
    private final CustodyLedger custody;
    private final InspectionManagement inspections;
    private final ReturnManagement returns;
    private final TransportSettings settings;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final jakarta.persistence.EntityManager entities;

    LegManagement(
            LegRepository legs,
            CatalogManagement catalog,
            Containers containers,
            CustodyLedger custody,
            InspectionManagement inspections,
            ReturnManagement returns,
            TransportSettings settings,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            jakarta.persistence.EntityManager entities,
            Optional<Clock> clock) {
        this.entities = entities;
        this.legs = legs;
        this.catalog = catalog;
        this.containers = containers;
        this.custody = custody;
        this.inspections = inspections;
        this.returns = returns;
        this.settings = settings;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Plans a leg. Without a given distance it is estimated from the sites' coordinates (great circle × the mode's
     * circuity); without a given price the cost is the mode's rate per km × the distance, in the client's currency.
     */
    @Transactional
    public Leg create(Actor actor, NewLeg draft) {
        if (draft.mode() == null) {
            throw new Leg.InvalidLeg("a leg names its mode: one of ROAD, RAIL, SEA, AIR");
        }
        Site origin = site(actor.clientId(), draft.origin(), "origin");
        Site destination = site(actor.clientId(), draft.destination(), "destination");
        if (origin.getId().equals(destination.getId())) {
            throw new Leg.InvalidLeg(
                    "origin and destination are both " + origin.getCode() + ": a leg goes from one site to another");
        }
        BigDecimal km;
        String basis;
        if (draft.distanceKm() != null) {
            if (draft.distanceKm().signum() <= 0 || draft.distanceKm().compareTo(BigDecimal.valueOf(40_000)) > 0) {
                throw new Leg.InvalidLeg("a given distance lies between 0 and 40,000 km, not " + draft.distanceKm());
            }
            km = draft.distanceKm().setScale(1, java.math.RoundingMode.HALF_EVEN);
            basis = "GIVEN";
        } else {
            if (origin.getLatitude() == null
                    || origin.getLongitude() == null
                    || destination.getLatitude() == null
                    || destination.getLongitude() == null) {
                throw new Leg.InvalidLeg("site " + (origin.getLatitude() == null ? origin : destination).getCode()
                        + " has no coordinates: give the leg's distanceKm");
            }
            km = LegFigures.estimatedKm(
                    origin.getLatitude(),
                    origin.getLongitude(),
                    destination.getLatitude(),
                    destination.getLongitude(),
                    settings.circuity().get(draft.mode()));
            if (km.signum() <= 0) {
                throw new Leg.InvalidLeg("sites " + origin.getCode() + " and " + destination.getCode()
                        + " stand at the same coordinates: give the leg's distanceKm");
            }
            basis = "GREAT_CIRCLE";
        }
        String currency = catalog.findClient(actor.clientId())
                .map(org.retrogistics.catalog.Client::getCurrency)
                .orElse("USD");
        Money cost;
        if (draft.price() != null) {
            if (draft.price().signum() < 0) {
                throw new Leg.InvalidLeg("a leg's price is never negative");
            }
            cost = Money.of(draft.price(), currency);
        } else {
            cost = LegFigures.cost(km, settings.ratePerKm().get(draft.mode()), currency);
        }
        return legs.saveAndFlush(new Leg(
                actor.clientId().value(),
                "LEG-%06d".formatted(legs.nextNumber()),
                origin.getId(),
                destination.getId(),
                draft.mode(),
                km,
                basis,
                cost,
                actor.name(),
                clock.instant()));
    }

    public Leg get(ClientId client, UUID id) {
        return legs.findByIdAndClientId(id, client.value()).orElseThrow(() -> new NotFound("leg", id));
    }

    public PageOf<Leg> legs(ClientId client, LegStatus status, int page, int size) {
        Page<Leg> p = legs.search(
                client.value(),
                status,
                PageRequest.of(
                        Math.max(0, page),
                        Math.max(1, Math.min(size, 500)),
                        Sort.by(Sort.Direction.DESC, "createdAt")));
        return PageOf.of(p.getContent(), p.getNumber(), p.getSize(), p.getTotalElements());
    }

    public Site siteOf(ClientId client, UUID siteId) {
        return catalog.sites(client).stream()
                .filter(s -> s.getId().equals(siteId))
                .findFirst()
                .orElseThrow(() -> new NotFound("site", siteId));
    }

    public List<LoadedContainer> containers(UUID legId) {
        return jdbc.sql(
                        """
                        select sscc, kind, loaded_at, loaded_by from transport_leg_container
                        where leg_id = :leg order by loaded_at, sscc
                        """)
                .param("leg", legId)
                .query((rs, i) -> new LoadedContainer(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    /** Loads a container (with everything nested in it) onto a planned leg. */
    @Transactional
    public Leg load(Actor actor, UUID id, String sscc, Long version) {
        Leg leg = locked(actor.clientId(), id, version);
        leg.checkLoadable();
        if (sscc == null || sscc.isBlank()) {
            throw new Leg.InvalidLeg("name the container's SSCC to load");
        }
        Container c;
        try {
            c = containers.find(actor.clientId(), sscc.strip());
        } catch (NotFound e) {
            throw new UnknownContainer(sscc.strip());
        }
        if (c.getParentId() != null) {
            throw new ContainerNotLoadable(c.getSscc() + " sits inside another container: load the outer one");
        }
        Optional<String> on = jdbc.sql(
                        """
                        select l.number from transport_leg_container lc join transport_leg l on l.id = lc.leg_id
                        where lc.container_id = :c and l.status in ('PLANNED', 'DISPATCHED')
                        """)
                .param("c", c.getId())
                .query(String.class)
                .optional();
        if (on.isPresent()) {
            throw new ContainerOnLeg(c.getSscc(), on.get());
        }
        List<ManifestUnit> inside = carried(actor.clientId(), List.of(c.getSscc()));
        checkBatteries(leg, inside);
        jdbc.sql(
                        """
                        insert into transport_leg_container (leg_id, container_id, sscc, kind, loaded_at, loaded_by)
                        values (:leg, :c, :sscc, :kind, :at, :by)
                        """)
                .param("leg", leg.getId())
                .param("c", c.getId())
                .param("sscc", c.getSscc())
                .param("kind", c.getKind().name())
                .param("at", Timestamp.from(clock.instant()))
                .param("by", actor.name())
                .update();
        snapshot(leg, inside);
        // loading edits the leg: its version moves, so a view taken before is stale
        entities.lock(leg, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        entities.flush();
        return leg;
    }

    /** Dispatch: the containers and every unit inside go in transit on the leg; weight and CO2e are fixed. */
    @Transactional
    public Leg dispatch(Actor actor, UUID id, Long version) {
        Leg leg = locked(actor.clientId(), id, version);
        List<LoadedContainer> loaded = containers(leg.getId());
        if (loaded.isEmpty() && leg.getStatus() == LegStatus.PLANNED) {
            throw new EmptyLeg(leg.getNumber());
        }
        List<ManifestUnit> units = carried(
                actor.clientId(), loaded.stream().map(LoadedContainer::sscc).toList());
        checkBatteries(leg, units);
        long grams = grams(units);
        Instant now = clock.instant();
        leg.dispatch(grams, co2(leg, grams), now);
        jdbc.sql("delete from transport_leg_unit where leg_id = :leg")
                .param("leg", leg.getId())
                .update();
        snapshot(leg, units);
        Site origin = siteOf(actor.clientId(), leg.getOriginSiteId());
        Site destination = siteOf(actor.clientId(), leg.getDestinationSiteId());
        for (LoadedContainer c : loaded) {
            custody.moveContainerAlong(
                    actor.clientId(),
                    c.sscc(),
                    new CustodyMove(
                            CustodyEventType.IN_TRANSIT,
                            "leg " + leg.getNumber(),
                            "carrier of leg " + leg.getNumber(),
                            now,
                            actor.name(),
                            "leg:" + leg.getNumber(),
                            "dispatched from " + origin.getCode() + " to " + destination.getCode() + " by "
                                    + leg.getMode() + " in " + kind(c) + " " + c.sscc()));
        }
        return leg;
    }

    /**
     * Arrival: the containers and their units are at the destination site, in custody again; the leg's cost is shared
     * over the units it carried and published as one TRANSPORT fact per unit.
     */
    @Transactional
    public Leg arrive(Actor actor, UUID id, Long version) {
        Leg leg = locked(actor.clientId(), id, version);
        Instant now = clock.instant();
        leg.arrive(now);
        Site destination = siteOf(actor.clientId(), leg.getDestinationSiteId());
        for (LoadedContainer c : containers(leg.getId())) {
            custody.moveContainerAlong(
                    actor.clientId(),
                    c.sscc(),
                    new CustodyMove(
                            CustodyEventType.RECEIVED,
                            "site " + destination.getCode(),
                            destination.getName(),
                            now,
                            actor.name(),
                            "leg:" + leg.getNumber(),
                            "arrived at " + destination.getCode() + " by leg " + leg.getNumber() + " in " + kind(c)
                                    + " " + c.sscc()));
        }
        List<UUID[]> units = jdbc.sql(
                        """
                        select unit_id, return_id from transport_leg_unit where leg_id = :leg
                        order by licence_plate, unit_id
                        """)
                .param("leg", leg.getId())
                .query((rs, i) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .list();
        List<Money> shares = LegFigures.shares(leg.cost(), units.size());
        List<RecoveryFacts.Entry> facts = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            jdbc.sql("update transport_leg_unit set cost_share = :share where leg_id = :leg and unit_id = :unit")
                    .param("share", shares.get(i).amount())
                    .param("leg", leg.getId())
                    .param("unit", units.get(i)[0])
                    .update();
            facts.add(new RecoveryFacts.Entry(
                    units.get(i)[0],
                    units.get(i)[1],
                    actor.clientId(),
                    RecoveryFacts.Kind.TRANSPORT,
                    shares.get(i),
                    "leg",
                    leg.getNumber()));
        }
        if (!facts.isEmpty()) {
            events.publishEvent(new RecoveryFacts(facts, now));
        }
        return leg;
    }

    /** Calls off a planned leg; its containers may go on another. */
    @Transactional
    public Leg cancel(Actor actor, UUID id, Long version) {
        Leg leg = locked(actor.clientId(), id, version);
        leg.cancel(clock.instant());
        return leg;
    }

    /** The manifest: what was in the containers when they were loaded, and from dispatch on what left. */
    public Manifest manifest(ClientId client, UUID id) {
        Leg leg = get(client, id);
        List<LoadedContainer> loaded = containers(leg.getId());
        List<ManifestUnit> units = onBoard(leg);
        long grams = leg.getWeightGrams() != null ? leg.getWeightGrams() : grams(units);
        BigDecimal co2 = leg.getCo2eKg() != null ? leg.getCo2eKg() : co2(leg, grams);
        return new Manifest(
                leg,
                siteOf(client, leg.getOriginSiteId()),
                siteOf(client, leg.getDestinationSiteId()),
                loaded,
                units,
                grams,
                co2);
    }

    /** The manifest as CSV (RFC 4180): one row per unit, and one per container that holds none. */
    public String manifestCsv(ClientId client, UUID id) {
        Manifest m = manifest(client, id);
        StringBuilder csv = new StringBuilder();
        try (CsvExport out = CsvExport.to(csv)) {
            out.header(
                    "leg",
                    "origin",
                    "destination",
                    "mode",
                    "container_sscc",
                    "container_kind",
                    "licence_plate",
                    "sku",
                    "serial",
                    "weight_kg",
                    "un_number",
                    "damaged_battery",
                    "cost_share");
            Map<String, String> kinds = new LinkedHashMap<>();
            m.containers().forEach(c -> kinds.put(c.sscc(), c.kind()));
            for (LoadedContainer c : m.containers()) {
                List<ManifestUnit> in = m.units().stream()
                        .filter(u -> u.containerSscc().equals(c.sscc()))
                        .toList();
                if (in.isEmpty()) {
                    out.row(csvRow(m, c.sscc(), c.kind(), null));
                }
                for (ManifestUnit u : in) {
                    out.row(csvRow(m, c.sscc(), c.kind(), u));
                }
            }
            // units in containers nested inside the loaded ones
            for (ManifestUnit u : m.units()) {
                if (!kinds.containsKey(u.containerSscc())) {
                    out.row(csvRow(m, u.containerSscc(), "NESTED", u));
                }
            }
        }
        return csv.toString();
    }

    private static List<String> csvRow(Manifest m, String sscc, String kind, ManifestUnit u) {
        List<String> cells = new ArrayList<>(List.of(
                m.leg().getNumber(),
                m.origin().getCode(),
                m.destination().getCode(),
                m.leg().getMode().name(),
                sscc,
                kind));
        if (u == null) {
            cells.addAll(List.of("", "", "", "", "", "", ""));
        } else {
            cells.addAll(List.of(
                    u.licencePlate(),
                    u.sku(),
                    u.serial() == null ? "" : u.serial(),
                    u.weightGrams() == null ? "" : kg(u.weightGrams()),
                    u.unNumber() == null ? "" : u.unNumber(),
                    u.damagedBattery() ? "yes" : "no",
                    u.costShare() == null ? "" : u.costShare().amount().toPlainString()));
        }
        return cells;
    }

    /** The manifest as a PDF: the leg, its containers with their SSCC, and every unit with its dangerous goods. */
    public byte[] manifestPdf(ClientId client, UUID id) {
        Manifest m = manifest(client, id);
        Leg leg = m.leg();
        try (PdfReport pdf = new PdfReport()) {
            pdf.heading("Manifest " + leg.getNumber() + "  (" + leg.getStatus() + ")")
                    .line("From " + m.origin().getCode() + " " + m.origin().getName()
                            + (m.origin().getAddress() == null
                                    ? ""
                                    : ", " + m.origin().getAddress()))
                    .line("To " + m.destination().getCode() + " "
                            + m.destination().getName()
                            + (m.destination().getAddress() == null
                                    ? ""
                                    : ", " + m.destination().getAddress()))
                    .line("Mode " + leg.getMode() + ", " + leg.getDistanceKm().toPlainString() + " km ("
                            + leg.getDistanceBasis().toLowerCase(Locale.ROOT).replace('_', ' ') + "), cost "
                            + leg.cost() + ", weight " + kg(m.weightGrams()) + " kg, CO2e " + m.co2eKg()
                            + " kg (estimate)")
                    .line("Containers " + m.containers().size() + ", units "
                            + m.units().size());
            List<String> un = m.units().stream()
                    .map(ManifestUnit::unNumber)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .sorted()
                    .toList();
            if (!un.isEmpty()) {
                pdf.line("Dangerous goods: " + String.join(", ", un) + " (lithium batteries, Class 9)");
            }
            if (m.units().stream().anyMatch(ManifestUnit::damagedBattery)) {
                pdf.line("DAMAGED/DEFECTIVE LITHIUM ION BATTERY on board: forbidden on aircraft (SP A154)");
            }
            pdf.subheading("Containers")
                    .table(
                            List.of("SSCC", "Kind", "Loaded (UTC)", "By"),
                            m.containers().stream()
                                    .map(c -> List.of(
                                            c.sscc(),
                                            c.kind(),
                                            c.loadedAt().toString().substring(0, 16),
                                            c.loadedBy()))
                                    .toList(),
                            new float[] {150, 70, 110, 185});
            pdf.subheading("Units")
                    .table(
                            List.of("Container", "Plate", "SKU", "Serial", "kg", "UN", "Damaged"),
                            m.units().stream()
                                    .map(u -> List.of(
                                            u.containerSscc(),
                                            u.licencePlate(),
                                            u.sku(),
                                            u.serial() == null ? "" : u.serial(),
                                            u.weightGrams() == null ? "" : kg(u.weightGrams()),
                                            u.unNumber() == null ? "" : u.unNumber(),
                                            u.damagedBattery() ? "yes" : ""))
                                    .toList(),
                            new float[] {120, 75, 110, 80, 40, 45, 45});
            pdf.signature("Handed over at " + m.origin().getCode() + ": name, signature, date")
                    .signature("Received at " + m.destination().getCode() + ": name, signature, date");
            return pdf.pdf();
        }
    }

    /** Records what the leg carries: at loading, container by container, and afresh at dispatch. */
    private void snapshot(Leg leg, List<ManifestUnit> units) {
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

    private List<ManifestUnit> onBoard(Leg leg) {
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
    private List<ManifestUnit> carried(ClientId client, List<String> ssccs) {
        List<Unit> units = new ArrayList<>();
        Map<UUID, String> containerOf = new LinkedHashMap<>();
        List<String> queue = new ArrayList<>(ssccs);
        for (int i = 0; i < queue.size(); i++) {
            Containers.Contents contents = containers.contents(client, queue.get(i));
            for (Unit u : contents.units()) {
                units.add(u);
                containerOf.put(u.getId(), contents.container().getSscc());
            }
            contents.containers().forEach(c -> queue.add(c.getSscc()));
        }
        Map<UUID, ProductFacts> products = catalog.productsById(
                client, units.stream().map(Unit::getProductId).distinct().toList());
        List<ManifestUnit> out = new ArrayList<>();
        for (Unit u : units) {
            ProductFacts p = products.get(u.getProductId());
            String un = p == null ? null : p.unNumber();
            Optional<ReceivableLine> line = returns.receivableLine(client, u.getSourceRef());
            out.add(new ManifestUnit(
                    u.getId(),
                    line.map(ReceivableLine::returnId).orElse(null),
                    containerOf.get(u.getId()),
                    u.getLicencePlate(),
                    u.getSku(),
                    u.getSerial(),
                    p == null || p.weightGrams() <= 0 ? null : p.weightGrams(),
                    un,
                    un != null && batteryVerdict(client, u, un, line).damaged(),
                    null));
        }
        out.sort(Comparator.comparing(ManifestUnit::containerSscc).thenComparing(ManifestUnit::licencePlate));
        return out;
    }

    /** The inspection's battery state once inspected; before that the reason the unit came back for. */
    private DamagedBatteryPolicy.Verdict batteryVerdict(
            ClientId client, Unit u, String un, Optional<ReceivableLine> line) {
        Optional<Inspection> inspected = inspections.latest(client, u.getId());
        ReturnReason reason =
                inspected.isPresent() ? null : line.map(ReceivableLine::reason).orElse(null);
        return DamagedBatteryPolicy.judge(
                un, inspected.map(Inspection::getBatteryState).orElse(null), reason);
    }

    private static void checkBatteries(Leg leg, List<ManifestUnit> units) {
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

    private static long grams(List<ManifestUnit> units) {
        return units.stream()
                .mapToLong(u -> u.weightGrams() == null ? 0 : u.weightGrams())
                .sum();
    }

    private BigDecimal co2(Leg leg, long grams) {
        return LegFigures.co2eKg(
                leg.getDistanceKm(), grams, settings.co2eGramsPerTonneKm().get(leg.getMode()));
    }

    private static String kg(long grams) {
        return BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString();
    }

    private static String kind(LoadedContainer c) {
        return c.kind().toLowerCase(Locale.ROOT);
    }

    private Leg locked(ClientId client, UUID id, Long version) {
        Leg leg = get(client, id);
        if (version != null && !version.equals(leg.getVersion())) {
            throw new ObjectOptimisticLockingFailureException(Leg.class, id);
        }
        return leg;
    }

    private Site site(ClientId client, String code, String role) {
        if (code == null || code.isBlank()) {
            throw new Leg.InvalidLeg("a leg names its " + role + " site by code");
        }
        return catalog.sites(client).stream()
                .filter(s -> s.getCode().equalsIgnoreCase(code.strip()))
                .findFirst()
                .orElseThrow(() -> new UnknownSite(code.strip(), role));
    }

    /** A site code the client does not have. */
    public static class UnknownSite extends DomainException {
        UnknownSite(String code, String role) {
            super(Kind.REJECTED, "unknown-site", "no site '" + code + "' (the leg's " + role + ") for this client");
        }
    }

    /** An SSCC the client has no container for. */
    public static class UnknownContainer extends DomainException {
        UnknownContainer(String sscc) {
            super(Kind.REJECTED, "unknown-container", "no container with SSCC " + sscc + " for this client");
        }
    }

    /** A container that cannot go on a leg as it is. */
    public static class ContainerNotLoadable extends DomainException {
        ContainerNotLoadable(String message) {
            super(Kind.REJECTED, "container-not-loadable", message);
        }
    }

    /** A container already on a leg that has not arrived. */
    public static class ContainerOnLeg extends DomainException {
        ContainerOnLeg(String sscc, String leg) {
            super(Kind.CONFLICT, "container-on-leg", "container " + sscc + " is already on leg " + leg);
        }
    }

    /** Dispatching a leg with nothing on it. */
    public static class EmptyLeg extends DomainException {
        EmptyLeg(String leg) {
            super(Kind.REJECTED, "empty-leg", "leg " + leg + " carries no container: load one before dispatch");
        }
    }

    /** A damaged battery on a leg by air. */
    public static class NoAirWithDamagedBattery extends DomainException {
        NoAirWithDamagedBattery(String leg, String reason) {
            super(Kind.REJECTED, "no-air-with-damaged-battery", "leg " + leg + " goes by AIR: " + reason);
        }
    }
}
