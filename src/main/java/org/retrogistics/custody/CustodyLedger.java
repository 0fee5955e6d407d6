package org.retrogistics.custody;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.retrogistics.custody.internal.CustodyEventRepository;
import org.retrogistics.custody.internal.UnitRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units and their chain of custody. Every module that moves a unit records the move here. */
@Service
@Transactional(readOnly = true)
public class CustodyLedger {

    private final UnitRepository units;
    private final CustodyEventRepository events;

    private final Containers containers;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    CustodyLedger(
            UnitRepository units,
            CustodyEventRepository events,
            Containers containers,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.units = units;
        this.events = events;
        this.containers = containers;
        this.jdbc = jdbc;
    }

    /**
     * Gives many expected units of one client their identity and opens their ledgers with set-based SQL: two
     * statements for the whole list (units, then each one's EXPECTED entry), for bulk sources such as a recall.
     * Answers the new units' ids in the order given.
     */
    @Transactional
    public List<UUID> expectInBulk(ClientId client, List<ExpectedUnit> expected) {
        if (expected.isEmpty()) {
            return List.of();
        }
        BulkColumns columns = BulkColumns.of(client, expected);
        UUID[] ids = columns.ids();
        UUID[] products = columns.products();
        String[][] text = columns.text();
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) con -> {
            try (java.sql.PreparedStatement unitsSql = con.prepareStatement(
                            """
                            insert into unit (id, client_id, product_id, sku, serial, lot, licence_plate, source_ref,
                              state, location, holder, created_at, last_seq)
                            select v.id, ?, v.product_id, v.sku, v.serial, v.lot,
                              'LP' || lpad(nextval('licence_plate_seq')::text, 10, '0'), v.source_ref, 'EXPECTED',
                              v.location, v.holder, ?, 1
                            from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                              ?::text[]) as v(id, product_id, sku, serial, lot, source_ref, location, holder)
                            """);
                    java.sql.PreparedStatement ledgerSql = con.prepareStatement(
                            """
                            insert into custody_event (id, unit_id, seq, type, location, holder, occurred_at,
                              recorded_by, recorded_at, source_ref)
                            select nextval('custody_event_seq'), v.id, 1, 'EXPECTED', v.location, v.holder, ?,
                              v.recorded_by, ?, v.source_ref
                            from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[])
                              as v(id, location, holder, recorded_by, source_ref)
                            """)) {
                unitsSql.setObject(1, client.value());
                unitsSql.setTimestamp(2, now);
                unitsSql.setArray(3, con.createArrayOf("uuid", ids));
                unitsSql.setArray(4, con.createArrayOf("uuid", products));
                for (int c = 0; c < 6; c++) {
                    unitsSql.setArray(5 + c, con.createArrayOf("text", text[c]));
                }
                unitsSql.executeUpdate();
                ledgerSql.setTimestamp(1, now);
                ledgerSql.setTimestamp(2, now);
                ledgerSql.setArray(3, con.createArrayOf("uuid", ids));
                ledgerSql.setArray(4, con.createArrayOf("text", text[4]));
                ledgerSql.setArray(5, con.createArrayOf("text", text[5]));
                ledgerSql.setArray(6, con.createArrayOf("text", text[6]));
                ledgerSql.setArray(7, con.createArrayOf("text", text[3]));
                ledgerSql.executeUpdate();
            }
            return null;
        });
        return List.of(ids);
    }

    /**
     * The expected units as columns, one array per column, for unnest(): new ids, products, and the text columns sku,
     * serial, lot, source ref, location, holder and recorded-by, in that order.
     */
    private record BulkColumns(UUID[] ids, UUID[] products, String[][] text) {

        static BulkColumns of(ClientId client, List<ExpectedUnit> expected) {
            int n = expected.size();
            BulkColumns columns = new BulkColumns(new UUID[n], new UUID[n], new String[7][n]);
            for (int i = 0; i < n; i++) {
                ExpectedUnit e = expected.get(i);
                if (!e.clientId().equals(client)) {
                    throw new IllegalArgumentException("every unit of a bulk belongs to " + client.value());
                }
                columns.ids[i] = UUID.randomUUID();
                columns.products[i] = e.productId();
                String[][] text = columns.text;
                text[0][i] = e.sku();
                text[1][i] = e.serial();
                text[2][i] = e.lot();
                text[3][i] = e.sourceRef();
                text[4][i] = e.location();
                text[5][i] = e.holder();
                text[6][i] = e.recordedBy();
            }
            return columns;
        }
    }

    /** Gives an expected unit its identity (licence plate, plus its serial where known) and opens its ledger. */
    @Transactional
    public UnitSnapshot expect(ExpectedUnit expected) {
        return UnitSnapshot.of(open(List.of(expected)).get(0));
    }

    /** Gives each expected unit its identity and opens its ledger: one sequence call and batched inserts for all. */
    @Transactional
    public List<UnitSnapshot> expectAll(List<ExpectedUnit> expected) {
        return open(expected).stream().map(UnitSnapshot::of).toList();
    }

    private List<Unit> open(List<ExpectedUnit> expected) {
        if (expected.isEmpty()) {
            return List.of();
        }
        Instant now = Instant.now();
        List<Long> plates = units.nextLicencePlates(expected.size());
        List<Unit> created = new java.util.ArrayList<>(expected.size());
        List<CustodyEvent> opened = new java.util.ArrayList<>(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            ExpectedUnit e = expected.get(i);
            Unit unit = new Unit(e, licencePlate(plates.get(i)), now);
            created.add(unit);
            opened.add(new CustodyEvent(
                    unit.getId(),
                    1,
                    new CustodyMove(
                            CustodyEventType.EXPECTED,
                            e.location(),
                            e.holder(),
                            now,
                            e.recordedBy(),
                            e.sourceRef(),
                            null),
                    now));
        }
        units.saveAll(created);
        events.saveAll(opened);
        return created;
    }

    /** Appends one entry to the unit's ledger and updates where the unit is and who holds it. */
    @Transactional
    public CustodyEntry record(ClientId client, UUID unitId, CustodyMove move) {
        // by id, so that a unit the transaction already holds (the dock found it a moment ago) is not read again
        Unit unit = units.findById(unitId)
                .filter(u -> u.getClientId().equals(client.value()))
                .orElseThrow(() -> new NotFound("unit", unitId));
        int seq = unit.apply(move.type(), move.location(), move.holder());
        return CustodyEntry.of(events.save(new CustodyEvent(unit.getId(), seq, move, Instant.now())));
    }

    /**
     * Opens the ledger of a unit that arrives with nothing announcing it (a blind receipt, an extra item in a parcel)
     * or that is born in the warehouse (a harvested part, whose parent is kept): it is expected and taken in at once.
     */
    @Transactional
    public UnitSnapshot takeIn(ExpectedUnit arrived, UUID parentUnitId, String note) {
        Unit unit = open(List.of(arrived)).get(0);
        if (parentUnitId != null) {
            Unit parent = units.findByIdAndClientId(
                            parentUnitId, arrived.clientId().value())
                    .orElseThrow(() -> new NotFound("unit", parentUnitId));
            unit.harvestedFrom(parent.getId());
        }
        record(
                arrived.clientId(),
                unit.getId(),
                new CustodyMove(
                        CustodyEventType.RECEIVED,
                        arrived.location(),
                        arrived.holder(),
                        Instant.now(),
                        arrived.recordedBy(),
                        arrived.sourceRef(),
                        note));
        return UnitSnapshot.of(unit);
    }

    /**
     * The unit leaves custody for good, to the holder named; it is taken out of any container. Only a unit in custody
     * can be released, so a second release of the same unit is refused rather than recorded twice.
     */
    @Transactional
    public UnitSnapshot release(
            ClientId client, UUID unitId, String toHolder, String by, String sourceRef, String note) {
        Unit unit = owned(client, unitId);
        if (unit.getState() != UnitState.IN_CUSTODY) {
            throw new UnitNotInCustody(UnitSnapshot.of(unit), "released");
        }
        unit.placeIn(null);
        record(
                client,
                unit.getId(),
                new CustodyMove(CustodyEventType.RELEASED, null, toHolder, Instant.now(), by, sourceRef, note));
        return UnitSnapshot.of(unit);
    }

    /** Moves a unit to a location and, where given, into a container; the ledger records both. */
    @Transactional
    public UnitSnapshot move(
            ClientId client, UUID unitId, WarehouseLocation to, String containerSscc, String by, String sourceRef) {
        Unit unit = owned(client, unitId);
        if (unit.getState() != UnitState.IN_CUSTODY) {
            throw new UnitNotInCustody(UnitSnapshot.of(unit), "moved");
        }
        String note = null;
        String location = to == null ? unit.getLocation() : to.name();
        if (containerSscc != null) {
            Container c = containers.load(client, containerSscc);
            unit.placeIn(c.getId());
            location = to == null && c.getLocation() != null ? c.getLocation() : location;
            note = "into " + c.getKind().name().toLowerCase(java.util.Locale.ROOT) + " " + c.getSscc();
        } else if (unit.getContainerId() != null && to != null) {
            unit.placeIn(null);
            note = "taken out of its container";
        }
        record(
                client,
                unit.getId(),
                new CustodyMove(CustodyEventType.MOVED, location, null, Instant.now(), by, sourceRef, note));
        return UnitSnapshot.of(unit);
    }

    /**
     * Moves a container with everything in it, nested containers included: each unit's ledger records the move with
     * the container it travelled in.
     */
    @Transactional
    public List<UnitSnapshot> moveContainer(ClientId client, String sscc, WarehouseLocation to, String by) {
        Container root = containers.load(client, sscc);
        List<UnitSnapshot> moved = new java.util.ArrayList<>();
        Instant now = Instant.now();
        for (Container c : containers.withNested(root)) {
            c.moveTo(to.name());
            for (Unit unit : units.findByContainerIdOrderByLicencePlate(c.getId())) {
                record(
                        client,
                        unit.getId(),
                        new CustodyMove(
                                CustodyEventType.MOVED,
                                to.name(),
                                null,
                                now,
                                by,
                                "container:" + root.getSscc(),
                                "moved in " + c.getKind().name().toLowerCase(java.util.Locale.ROOT) + " "
                                        + c.getSscc()));
                moved.add(UnitSnapshot.of(unit));
            }
        }
        return moved;
    }

    /**
     * Moves a container with everything in it beyond the warehouse (on a transport leg, to another site): the container
     * and those nested in it take the move's location, and each unit inside records the move.
     */
    @Transactional
    public List<UnitSnapshot> moveContainerAlong(ClientId client, String sscc, CustodyMove move) {
        Container root = containers.load(client, sscc);
        List<UnitSnapshot> moved = new java.util.ArrayList<>();
        for (Container c : containers.withNested(root)) {
            if (move.location() != null) {
                c.moveTo(move.location());
            }
            for (Unit unit : units.findByContainerIdOrderByLicencePlate(c.getId())) {
                record(client, unit.getId(), move);
                moved.add(UnitSnapshot.of(unit));
            }
        }
        return moved;
    }

    /** Records that work made the unit another product (a refurbished SKU). */
    @Transactional
    public UnitSnapshot reclassify(
            ClientId client, UUID unitId, UUID productId, String sku, String by, String sourceRef) {
        Unit unit = owned(client, unitId);
        String before = unit.getSku();
        unit.reclassify(productId, sku);
        record(
                client,
                unitId,
                new CustodyMove(
                        CustodyEventType.NOTE,
                        null,
                        null,
                        Instant.now(),
                        by,
                        sourceRef,
                        "now " + sku + ", was " + before));
        return UnitSnapshot.of(unit);
    }

    /** The unit, checked to belong to the client. */
    public UnitSnapshot unit(ClientId client, UUID unitId) {
        return UnitSnapshot.of(owned(client, unitId));
    }

    private Unit owned(ClientId client, UUID unitId) {
        return units.findByIdAndClientId(unitId, client.value()).orElseThrow(() -> new NotFound("unit", unitId));
    }

    public List<UnitSnapshot> unitsFor(ClientId client, Collection<String> sourceRefs) {
        return units.findByClientIdAndSourceRefInOrderByLicencePlate(client.value(), sourceRefs).stream()
                .map(UnitSnapshot::of)
                .toList();
    }

    public UnitHistory history(ClientId client, UUID unitId) {
        Unit unit = owned(client, unitId);
        return new UnitHistory(
                UnitSnapshot.of(unit),
                events.findByUnitIdOrderBySeq(unitId).stream()
                        .map(CustodyEntry::of)
                        .toList());
    }

    /** Recomputes the unit's custody hash chain (ADR 0031) and names the first entry that does not match, if any. */
    public CustodyChain.Verification verifyChain(ClientId client, UUID unitId) {
        Unit unit = owned(client, unitId);
        List<CustodyChain.Link> links = jdbc.query(
                """
                select e.seq, e.prev_hash, e.hash, custody_event_canonical(e) as content
                  from custody_event e where e.unit_id = ? order by e.seq""",
                (rs, n) -> new CustodyChain.Link(
                        rs.getInt("seq"), rs.getBytes("prev_hash"), rs.getBytes("hash"), rs.getString("content")),
                unit.getId());
        return CustodyChain.verify(unit.getId(), links);
    }

    /** Finds a unit by licence plate or serial, as a scanner reads either. */
    public List<UnitSnapshot> find(ClientId client, String identity) {
        return units
                .findByClientIdAndLicencePlate(client.value(), identity)
                .map(List::of)
                .orElseGet(() -> units.findByClientIdAndSerial(client.value(), identity))
                .stream()
                .map(UnitSnapshot::of)
                .toList();
    }

    static String licencePlate(long n) {
        return "LP%010d".formatted(n);
    }
}
