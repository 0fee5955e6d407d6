package org.retrogistics.resale;

import java.io.Writer;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.disposition.DispositionDecided;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.DispositionsDecided;
import org.retrogistics.disposition.GradeBand;
import org.retrogistics.resale.internal.LotRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.CsvExport;
import org.retrogistics.shared.IfMatch;
import org.retrogistics.shared.NotFound;
import org.retrogistics.shared.PageOf;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * B2B and liquidation lots as they stand, closed with their manifest in the shape liquidation buyers use, reopened or
 * cancelled. Putting them together is {@link AssemblingLots}, selling them {@link SellingLots}.
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
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final ResaleSettings settings;
    private final Clock clock;

    LotManagement(
            LotRepository lots,
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            ResaleSettings settings,
            Optional<Clock> clock) {
        this.lots = lots;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
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

    /** The lot, as a value. */
    public LotSnapshot lotSnapshot(ClientId client, UUID id) {
        return LotSnapshot.of(get(client, id));
    }

    /** A page of lots, as values. */
    public Page<LotSnapshot> lotSnapshots(ClientId client, LotStatus status, Pageable page) {
        return search(client, status, page).map(LotSnapshot::of);
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
                                   lu.gtin, lu.condition, u.container_sscc
                            from lot_unit lu
                              join unit_facts u on u.id = lu.unit_id
                            where lu.lot_id = ? and (lu.active or ?)
                            group by u.container_sscc, lu.sku, lu.description, lu.unit_retail, lu.brand, lu.gtin,
                              lu.condition
                            order by u.container_sscc nulls last, lu.sku, lu.condition, lu.unit_retail
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

    /** The lot's units still in it, in order, with their retail value (a sale shares its price by it). */
    record ActiveUnits(List<UUID> unitIds, List<BigDecimal> retail) {}

    ActiveUnits activeUnits(Lot lot) {
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
        return new ActiveUnits(units, retail);
    }

    /** The lot at the version the caller saw (none given: as it is). */
    Lot load(ClientId client, UUID id, Long version) {
        Lot lot = get(client, id);
        IfMatch.requireCurrent(
                version,
                lot.getVersion(),
                () -> new ResaleConflict(
                        "stale-version",
                        "lot " + lot.getNumber() + " is at version " + lot.getVersion() + ", not " + version
                                + "; reload it and retry"));
        return lot;
    }

    private Instant now() {
        return clock.instant();
    }
}
