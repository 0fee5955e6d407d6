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

    CustodyLedger(UnitRepository units, CustodyEventRepository events, Containers containers) {
        this.units = units;
        this.events = events;
        this.containers = containers;
    }

    /** Gives an expected unit its identity (licence plate, plus its serial where known) and opens its ledger. */
    @Transactional
    public Unit expect(ExpectedUnit expected) {
        return expectAll(List.of(expected)).get(0);
    }

    /** Gives each expected unit its identity and opens its ledger: one sequence call and batched inserts for all. */
    @Transactional
    public List<Unit> expectAll(List<ExpectedUnit> expected) {
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
    public CustodyEvent record(ClientId client, UUID unitId, CustodyMove move) {
        // by id, so that a unit the transaction already holds (the dock found it a moment ago) is not read again
        Unit unit = units.findById(unitId)
                .filter(u -> u.getClientId().equals(client.value()))
                .orElseThrow(() -> new NotFound("unit", unitId));
        int seq = unit.apply(move.type(), move.location(), move.holder());
        return events.save(new CustodyEvent(unit.getId(), seq, move, Instant.now()));
    }

    /**
     * Opens the ledger of a unit that arrives with nothing announcing it (a blind receipt, an extra item in a parcel)
     * or that is born in the warehouse (a harvested part, whose parent is kept): it is expected and taken in at once.
     */
    @Transactional
    public Unit takeIn(ExpectedUnit arrived, UUID parentUnitId, String note) {
        Unit unit = expect(arrived);
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
        return unit;
    }

    /** Moves a unit to a location and, where given, into a container; the ledger records both. */
    @Transactional
    public Unit move(
            ClientId client, UUID unitId, WarehouseLocation to, String containerSscc, String by, String sourceRef) {
        Unit unit = units.findByIdAndClientId(unitId, client.value()).orElseThrow(() -> new NotFound("unit", unitId));
        if (unit.getState() != UnitState.IN_CUSTODY) {
            throw new UnitNotInCustody(unit, "moved");
        }
        String note = null;
        String location = to == null ? unit.getLocation() : to.name();
        if (containerSscc != null) {
            Container c = containers.find(client, containerSscc);
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
        return unit;
    }

    /**
     * Moves a container with everything in it, nested containers included: each unit's ledger records the move with
     * the container it travelled in.
     */
    @Transactional
    public List<Unit> moveContainer(ClientId client, String sscc, WarehouseLocation to, String by) {
        Container root = containers.find(client, sscc);
        List<Unit> moved = new java.util.ArrayList<>();
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
                moved.add(unit);
            }
        }
        return moved;
    }

    /** Records that work made the unit another product (a refurbished SKU). */
    @Transactional
    public Unit reclassify(ClientId client, UUID unitId, UUID productId, String sku, String by, String sourceRef) {
        Unit unit = unit(client, unitId);
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
        return unit;
    }

    /** The unit, checked to belong to the client. */
    public Unit unit(ClientId client, UUID unitId) {
        return units.findByIdAndClientId(unitId, client.value()).orElseThrow(() -> new NotFound("unit", unitId));
    }

    public List<Unit> unitsFor(ClientId client, Collection<String> sourceRefs) {
        return units.findByClientIdAndSourceRefInOrderByLicencePlate(client.value(), sourceRefs);
    }

    public UnitHistory history(ClientId client, UUID unitId) {
        Unit unit = units.findByIdAndClientId(unitId, client.value()).orElseThrow(() -> new NotFound("unit", unitId));
        return new UnitHistory(unit, events.findByUnitIdOrderBySeq(unitId));
    }

    /** Finds a unit by licence plate or serial, as a scanner reads either. */
    public List<Unit> find(ClientId client, String identity) {
        return units.findByClientIdAndLicencePlate(client.value(), identity)
                .map(List::of)
                .orElseGet(() -> units.findByClientIdAndSerial(client.value(), identity));
    }

    static String licencePlate(long n) {
        return "LP%010d".formatted(n);
    }
}
