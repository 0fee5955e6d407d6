package org.retrogistics.resale;

import java.io.Writer;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.catalog.Site;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.WarehouseLocation;
import org.retrogistics.disposition.DispositionDecided;
import org.retrogistics.disposition.DispositionDecision;
import org.retrogistics.disposition.DispositionManagement;
import org.retrogistics.disposition.DispositionManagement.DecisionSummary;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.DispositionsDecided;
import org.retrogistics.disposition.GradeBand;
import org.retrogistics.disposition.UnitFacts;
import org.retrogistics.resale.internal.LotRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.CsvExport;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.NotFound;
import org.retrogistics.shared.PageOf;
import org.retrogistics.shared.RecoveryFacts;
import org.retrogistics.shared.UnitFateReached;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * B2B and liquidation lots. Units decided for a lot are put together by hand or by rule (category, grade band, site),
 * all of one client; the lot is closed with its manifest in the shape liquidation buyers use, and sold as one: the
 * price and its fee are shared over the units in proportion to their retail value, exactly, and each unit's share is
 * published (LOT_SHARE, FEES) with its reuse (REUSE).
 */
@Service
@Transactional(readOnly = true)
public class LotManagement {

    /** The manifest's columns, in order. */
    public static final List<String> MANIFEST_COLUMNS = List.of(
            "item",
            "description",
            "quantity",
            "unit retail",
            "extended retail",
            "brand",
            "GTIN/UPC",
            "condition",
            "pallet id",
            "lot id");

    private final LotRepository lots;
    private final ResaleCandidates candidates;
    private final ResaleManagement resale;
    private final CatalogManagement catalog;
    private final CustodyLedger custody;
    private final DispositionManagement dispositions;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final ResaleSettings settings;
    private final Clock clock;

    LotManagement(
            LotRepository lots,
            ResaleCandidates candidates,
            ResaleManagement resale,
            CatalogManagement catalog,
            CustodyLedger custody,
            DispositionManagement dispositions,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            ResaleSettings settings,
            Optional<Clock> clock) {
        this.lots = lots;
        this.candidates = candidates;
        this.resale = resale;
        this.catalog = catalog;
        this.custody = custody;
        this.dispositions = dispositions;
        this.events = events;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** How a lot is asked for: named units, or a rule (category and grade band, optionally the site it ships from). */
    public record LotRequest(String title, List<UUID> unitIds, String category, GradeBand gradeBand, String site) {}

    /** Creates an open lot with its units, all checked first: one refusal and nothing is written. */
    @Transactional
    public Lot create(Actor actor, LotRequest request) {
        ClientId client = actor.clientId();
        String site = site(client, request.site());
        String category = request.category() == null || request.category().isBlank()
                ? null
                : request.category().strip().toLowerCase(Locale.ROOT);
        List<UUID> named = request.unitIds() == null ? List.of() : request.unitIds();
        if (named.isEmpty() && (category == null || request.gradeBand() == null)) {
            throw new InvalidResaleInput(
                    "lot-needs-units",
                    "a lot names its units, or a rule: a category and a grade band (and optionally a site)");
        }
        List<Member> members = named.isEmpty()
                ? byRule(client, category, request.gradeBand())
                : checked(client, named, category, request.gradeBand());
        if (members.isEmpty()) {
            throw new ResaleRefused(
                    "no-units-for-lot",
                    "no unit decided for a lot is free in category '" + category + "' and grade band "
                            + request.gradeBand());
        }
        Currency currency = dispositions.currency(client);
        String number = "LOT-%06d".formatted(lots.nextNumber());
        String title = request.title() == null || request.title().isBlank()
                ? (category == null ? "Mixed lot" : category)
                        + (request.gradeBand() == null ? "" : ", " + ConditionLabel.words(request.gradeBand()))
                        + (site == null ? "" : " at " + site)
                : request.title().strip();
        Lot lot = new Lot(
                client.value(), number, title, category, request.gradeBand(), site, currency, actor.name(), now());
        Lot saved = lots.saveAndFlush(lot);
        insert(saved, members, 0);
        return saved;
    }

    /** Adds units to an open lot. */
    @Transactional
    public Lot addUnits(Actor actor, UUID id, Long version, List<UUID> unitIds) {
        Lot lot = load(actor.clientId(), id, version);
        if (unitIds == null || unitIds.isEmpty()) {
            throw new InvalidResaleInput("lot-needs-units", "name at least one unit to add");
        }
        lot.addUnits();
        List<Member> members = checked(actor.clientId(), unitIds, null, null);
        int position = jdbc.sql("select coalesce(max(position), 0) from lot_unit where lot_id = :l")
                .param("l", lot.getId())
                .query(Integer.class)
                .single();
        insert(lot, members, position);
        return lots.saveAndFlush(lot);
    }

    @Transactional
    public Lot close(Actor actor, UUID id, Long version) {
        Lot lot = load(actor.clientId(), id, version);
        lot.close(unitCount(lot.getId()), now());
        return lots.saveAndFlush(lot);
    }

    @Transactional
    public Lot reopen(Actor actor, UUID id, Long version) {
        Lot lot = load(actor.clientId(), id, version);
        lot.reopen();
        return lots.saveAndFlush(lot);
    }

    /** Cancels the lot: its units are free again for another lot. */
    @Transactional
    public Lot cancel(Actor actor, UUID id, Long version) {
        Lot lot = load(actor.clientId(), id, version);
        lot.cancel();
        jdbc.sql("update lot_unit set active = false where lot_id = :l")
                .param("l", lot.getId())
                .update();
        return lots.saveAndFlush(lot);
    }

    /**
     * Sells a closed lot: records the price, the buyer and the channel's fee (a B2B channel: percent of the price plus
     * the fixed fee per unit), shares both over the units in proportion to their retail value, hands the units to the
     * buyer and publishes each unit's share and reuse.
     */
    @Transactional
    public Lot sell(Actor actor, UUID id, Long version, Money price, String buyer, UUID channelId) {
        ClientId client = actor.clientId();
        Lot lot = load(client, id, version);
        if (price == null) {
            throw new InvalidResaleInput("price-required", "a lot's sale states its price");
        }
        if (price.amount().signum() < 0) {
            throw new InvalidResaleInput("negative-price", "a price is zero or more, not " + price);
        }
        SalesChannel channel =
                channelId == null ? resale.defaultChannel(client, ChannelKind.B2B) : resale.channel(client, channelId);
        List<UUID> units = new ArrayList<>();
        List<BigDecimal> retail = new ArrayList<>();
        jdbc.sql("select unit_id, unit_retail from lot_unit where lot_id = :l and active order by position")
                .param("l", lot.getId())
                .query((rs, i) -> {
                    units.add(rs.getObject(1, UUID.class));
                    retail.add(rs.getBigDecimal(2));
                    return null;
                })
                .list();
        if (units.isEmpty()) {
            throw new ResaleRefused("lot-empty", "lot " + lot.getNumber() + " has no units left to sell");
        }
        Money fee = channel.fee(price, units.size());
        Instant now = now();
        lot.sell(price, fee, channel.getId(), buyer, now);
        Lot saved = lots.saveAndFlush(lot);
        List<Money> shares = price.allocate(retail);
        List<Money> fees = fee.allocate(retail);
        List<Object[]> rows = new ArrayList<>(units.size());
        List<RecoveryFacts.Entry> facts = new ArrayList<>(units.size() * 2);
        for (int i = 0; i < units.size(); i++) {
            rows.add(new Object[] {shares.get(i).amount(), fees.get(i).amount(), lot.getId(), units.get(i)});
            facts.add(new RecoveryFacts.Entry(
                    units.get(i), null, client, RecoveryFacts.Kind.LOT_SHARE, shares.get(i), "lot", lot.getNumber()));
            if (fees.get(i).amount().signum() > 0) {
                facts.add(new RecoveryFacts.Entry(
                        units.get(i), null, client, RecoveryFacts.Kind.FEES, fees.get(i), "lot", lot.getNumber()));
            }
        }
        jdbcTemplate.batchUpdate("update lot_unit set share = ?, fee_share = ? where lot_id = ? and unit_id = ?", rows);
        for (UUID unit : units) {
            custody.record(
                    client,
                    unit,
                    new CustodyMove(
                            CustodyEventType.RELEASED,
                            WarehouseLocation.OUTBOUND.name(),
                            "buyer:" + lot.getBuyer(),
                            now,
                            actor.name(),
                            "lot:" + lot.getNumber(),
                            "sold in lot " + lot.getNumber() + " to " + lot.getBuyer()));
            events.publishEvent(
                    new UnitFateReached(unit, client, UnitFateReached.Fate.REUSE, null, "lot", lot.getNumber(), now));
        }
        events.publishEvent(new RecoveryFacts(facts, now));
        return saved;
    }

    /**
     * A unit's decision changed away from a lot (a regrade, a recall): it leaves the lot it was in, unless that lot is
     * sold already; a closed lot's manifest loses the unit, as the decision in force says it may not be sold so.
     */
    /** A re-evaluation batch: each decision as if it came alone, in one transaction for the batch. */
    @ApplicationModuleListener
    void on(DispositionsDecided batch) {
        batch.decisions().forEach(this::on);
    }

    @ApplicationModuleListener
    void on(DispositionDecided decided) {
        if (decided.previous() == DispositionOption.B2B_LOT && decided.option() != DispositionOption.B2B_LOT) {
            jdbc.sql(
                            """
                            update lot_unit set active = false where unit_id = :u and active
                              and lot_id in (select id from resale_lot where status in ('OPEN', 'CLOSED'))
                            """)
                    .param("u", decided.unitId())
                    .update();
        }
    }

    public Lot get(ClientId client, UUID id) {
        return lots.findByIdAndClientId(id, client.value()).orElseThrow(() -> new NotFound("lot", id));
    }

    public Page<Lot> search(ClientId client, LotStatus status, Pageable page) {
        return lots.search(client.value(), status, page);
    }

    public int unitCount(UUID lotId) {
        return jdbc.sql("select count(*) from lot_unit where lot_id = :l and active")
                .param("l", lotId)
                .query(Integer.class)
                .single();
    }

    /** One unit of a lot as the lot page and API show it. */
    public record LotUnit(
            UUID unitId,
            int position,
            String licencePlate,
            String sku,
            String description,
            String brand,
            String gtin,
            String category,
            GradeBand gradeBand,
            String condition,
            BigDecimal unitRetail,
            BigDecimal share,
            BigDecimal feeShare) {}

    public PageOf<LotUnit> units(ClientId client, UUID lotId, int page, int size) {
        Lot lot = get(client, lotId);
        List<LotUnit> content = jdbc.sql(
                        """
                        select unit_id, position, licence_plate, sku, description, brand, gtin, category, grade_band,
                               condition, unit_retail, share, fee_share
                        from lot_unit where lot_id = :l and (active or :cancelled) order by position limit :n offset :o
                        """)
                .param("l", lot.getId())
                .param("cancelled", lot.getStatus() == LotStatus.CANCELLED)
                .param("n", size)
                .param("o", (long) page * size)
                .query((rs, i) -> new LotUnit(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        GradeBand.valueOf(rs.getString(9)),
                        rs.getString(10),
                        rs.getBigDecimal(11),
                        rs.getBigDecimal(12),
                        rs.getBigDecimal(13)))
                .list();
        long total = jdbc.sql("select count(*) from lot_unit where lot_id = :l and (active or :cancelled)")
                .param("l", lot.getId())
                .param("cancelled", lot.getStatus() == LotStatus.CANCELLED)
                .query(Long.class)
                .single();
        return PageOf.of(content, page, size, total);
    }

    /**
     * Writes the lot's manifest as CSV (RFC 4180, CRLF): one row per pallet, SKU, condition and retail value, with
     * the quantity and the extended retail; read through a cursor so a lot of any size streams in constant memory.
     */
    public void writeManifest(ClientId client, UUID lotId, Writer out) {
        Lot lot = get(client, lotId);
        CsvExport csv = CsvExport.to(out).header(MANIFEST_COLUMNS);
        String number = lot.getNumber();
        jdbcTemplate.query(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            """
                            select lu.sku, lu.description, count(*), lu.unit_retail, sum(lu.unit_retail), lu.brand,
                                   lu.gtin, lu.condition, c.sscc
                            from lot_unit lu
                              join unit u on u.id = lu.unit_id
                              left join container c on c.id = u.container_id
                            where lu.lot_id = ? and (lu.active or ?)
                            group by c.sscc, lu.sku, lu.description, lu.unit_retail, lu.brand, lu.gtin, lu.condition
                            order by c.sscc nulls last, lu.sku, lu.condition, lu.unit_retail
                            """,
                            ResultSet.TYPE_FORWARD_ONLY,
                            ResultSet.CONCUR_READ_ONLY);
                    ps.setObject(1, lot.getId());
                    ps.setBoolean(2, lot.getStatus() == LotStatus.CANCELLED);
                    ps.setFetchSize(settings.manifestFetchSize());
                    return ps;
                },
                rs -> {
                    csv.row(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getLong(3),
                            rs.getBigDecimal(4),
                            rs.getBigDecimal(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9),
                            number);
                });
        // not closed: the writer belongs to the caller
        csv.flush();
    }

    // ---- units joining a lot

    /** A unit checked for the lot, with what its manifest row says. */
    private record Member(UUID unitId, String licencePlate, UnitFacts facts) {}

    private List<Member> checked(ClientId client, Collection<UUID> unitIds, String category, GradeBand band) {
        if (unitIds.size() > settings.maxUnitsPerRequest()) {
            throw new InvalidResaleInput(
                    "too-many-units", "at most " + settings.maxUnitsPerRequest() + " units per request");
        }
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(unitIds));
        refuseOtherClients(client, ids);
        Map<UUID, String> taken = inActiveLots(ids);
        List<Member> members = new ArrayList<>();
        for (UUID id : ids) {
            ResaleCandidates.Found found = candidates.require(client, id, ResaleEligibility.Way.LOT);
            String plate = found.unit().getLicencePlate();
            if (taken.containsKey(id)) {
                throw new ResaleConflict("unit-in-lot", "unit " + plate + " is in lot " + taken.get(id) + " already");
            }
            if (resale.listed(id)) {
                throw new ResaleConflict("unit-already-listed", "unit " + plate + " is on a listing");
            }
            UnitFacts facts = found.decision().orElseThrow().facts();
            if (category != null && !category.equals(facts.category())) {
                throw new ResaleRefused(
                        "lot-rule-mismatch",
                        "unit " + plate + " is in category '" + facts.category() + "', not '" + category + "'");
            }
            if (band != null && band != facts.gradeBand()) {
                throw new ResaleRefused(
                        "lot-rule-mismatch", "unit " + plate + " is graded " + facts.gradeBand() + ", not " + band);
            }
            members.add(new Member(id, plate, facts));
        }
        return members;
    }

    /** Every unit of the client decided for a lot, of this category and grade band, in no lot and on no listing. */
    private List<Member> byRule(ClientId client, String category, GradeBand band) {
        List<Member> members = new ArrayList<>();
        List<DecisionSummary> decided =
                dispositions.summaries(client, DispositionOption.B2B_LOT, settings.maxUnitsPerRequest());
        Map<UUID, String> taken =
                inActiveLots(decided.stream().map(DecisionSummary::unitId).toList());
        for (DecisionSummary s : decided) {
            if (taken.containsKey(s.unitId()) || resale.listed(s.unitId())) {
                continue;
            }
            ResaleCandidates.Found found = candidates.find(client, s.unitId());
            Optional<DispositionDecision> d = found.decision();
            if (d.isEmpty()
                    || !category.equals(d.get().facts().category())
                    || band != d.get().facts().gradeBand()
                    || ResaleEligibility.check(found.candidate(), ResaleEligibility.Way.LOT)
                            .isPresent()) {
                continue;
            }
            members.add(new Member(
                    s.unitId(), found.unit().getLicencePlate(), d.get().facts()));
        }
        return members;
    }

    /**
     * A lot holds the units of one client only. A unit id that belongs to another client is refused by name of the
     * rule, and the request writes nothing.
     */
    private void refuseOtherClients(ClientId client, List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<UUID> foreign = jdbcTemplate.query(
                con -> {
                    PreparedStatement ps =
                            con.prepareStatement("select id from unit where id = any(?) and client_id <> ?");
                    ps.setArray(1, con.createArrayOf("uuid", ids.toArray()));
                    ps.setObject(2, client.value());
                    return ps;
                },
                (rs, i) -> rs.getObject(1, UUID.class));
        if (!foreign.isEmpty()) {
            throw new ResaleRefused(
                    "lot-mixes-clients",
                    foreign.size() + " of the units named belong to another client (" + foreign.get(0)
                            + (foreign.size() > 1 ? ", ..." : "")
                            + "): a lot holds the units of one client only");
        }
    }

    private Map<UUID, String> inActiveLots(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> taken = new java.util.HashMap<>();
        jdbcTemplate.query(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            "select lu.unit_id, l.number from lot_unit lu join resale_lot l on l.id = lu.lot_id"
                                    + " where lu.unit_id = any(?) and lu.active");
                    ps.setArray(1, con.createArrayOf("uuid", ids.toArray()));
                    return ps;
                },
                rs -> {
                    taken.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return taken;
    }

    private void insert(Lot lot, List<Member> members, int after) {
        ClientId client = new ClientId(lot.getClientId());
        List<String> skus =
                members.stream().map(m -> m.facts().sku()).distinct().toList();
        Map<String, ProductFacts> products = catalog.productsBySku(client, skus);
        List<Object[]> rows = new ArrayList<>(members.size());
        int position = after;
        for (Member m : members) {
            UnitFacts f = m.facts();
            ProductFacts p = products.get(f.sku());
            Money retail = p == null ? f.productValue() : p.unitValue();
            if (!retail.currency().getCurrencyCode().equals(lot.getCurrency())) {
                throw new ResaleRefused(
                        "lot-mixes-currencies",
                        "unit " + m.licencePlate() + " is valued in " + retail.currency() + ", the lot in "
                                + lot.getCurrency());
            }
            rows.add(new Object[] {
                lot.getId(),
                m.unitId(),
                lot.getClientId(),
                ++position,
                m.licencePlate(),
                f.sku(),
                p == null ? f.sku() : p.name(),
                p == null ? f.brand() : p.brand(),
                p == null ? null : upc(p.gtin()),
                f.category(),
                f.gradeBand().name(),
                ConditionLabel.of(f.functionalGrade(), f.cosmeticGrade()),
                retail.amount()
            });
        }
        jdbcTemplate.batchUpdate(
                """
                insert into lot_unit (lot_id, unit_id, client_id, position, licence_plate, sku, description, brand, gtin,
                  category, grade_band, condition, unit_retail)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                rows);
    }

    /**
     * The code a buyer scans: a GTIN-14 with two leading zeros is a 12-digit UPC-A, with one an EAN-13; otherwise the
     * GTIN-14 itself.
     */
    static String upc(String gtin14) {
        if (gtin14 == null) {
            return null;
        }
        if (gtin14.length() == 14 && gtin14.startsWith("00")) {
            return gtin14.substring(2);
        }
        if (gtin14.length() == 14 && gtin14.startsWith("0")) {
            return gtin14.substring(1);
        }
        return gtin14;
    }

    private String site(ClientId client, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip();
        return catalog.sites(client).stream()
                .map(Site::getCode)
                .filter(c::equalsIgnoreCase)
                .findFirst()
                .orElseThrow(() -> new ResaleRefused("unknown-site", "the client has no site '" + c + "'"));
    }

    private Lot load(ClientId client, UUID id, Long version) {
        Lot lot = get(client, id);
        if (version != null && !version.equals(lot.getVersion())) {
            throw new ResaleConflict(
                    "stale-version",
                    "lot " + lot.getNumber() + " is at version " + lot.getVersion() + ", not " + version
                            + "; reload it and retry");
        }
        return lot;
    }

    private Instant now() {
        return clock.instant();
    }
}
