package org.retrogistics.workshop;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.AccessManagement;
import org.retrogistics.access.Actor;
import org.retrogistics.access.StaffMember;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.UnitNotInCustody;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.custody.UnitState;
import org.retrogistics.custody.WarehouseLocation;
import org.retrogistics.workshop.WorkOrderRecords.PartUsed;
import org.retrogistics.workshop.WorkOrderRecords.TestResult;
import org.retrogistics.workshop.WorkshopManagement.NotQualified;
import org.retrogistics.workshop.WorkshopManagement.UnknownTechnician;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a work order before it closes: a qualified technician is assigned, starts (the unit is handed over to
 * the workshop), pauses, records tests, parts and labour; or the order is cancelled.
 */
@Service
@Transactional(readOnly = true)
public class CarryingOutWork {

    private final WorkOrderStore store;
    private final CustodyLedger custody;
    private final AccessManagement access;
    private final QualifyingTechnicians qualifications;
    private final Clock clock;

    CarryingOutWork(
            WorkOrderStore store,
            CustodyLedger custody,
            AccessManagement access,
            QualifyingTechnicians qualifications,
            Optional<Clock> clock) {
        this.store = store;
        this.custody = custody;
        this.access = access;
        this.qualifications = qualifications;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public WorkOrder assign(Actor actor, UUID id, Long version, String technician) {
        WorkOrder order = store.load(actor.clientId(), id, version);
        if (technician == null || technician.isBlank()) {
            throw new NotQualified("", order);
        }
        // only an enabled user of this client; another client's user is refused in the same words as a made-up name
        String name = access.staffMember(actor.clientId(), technician)
                .filter(StaffMember::enabled)
                .map(StaffMember::username)
                .orElseThrow(() -> new UnknownTechnician(technician.strip()));
        if (!qualifications.qualified(actor.clientId(), name, order.getFamily())) {
            throw new NotQualified(name, order);
        }
        order.assign(name, actor.name(), clock.instant());
        return store.save(order);
    }

    @Transactional
    public WorkOrder start(Actor actor, UUID id, Long version) {
        WorkOrder order = store.load(actor.clientId(), id, version);
        UnitSnapshot unit = custody.unit(actor.clientId(), order.getUnitId());
        if (unit.state() != UnitState.IN_CUSTODY) {
            throw new UnitNotInCustody(unit, "worked on");
        }
        order.start(actor.name(), clock.instant());
        custody.record(
                actor.clientId(),
                order.getUnitId(),
                new CustodyMove(
                        CustodyEventType.HANDED_OVER,
                        WarehouseLocation.WORKSHOP.name(),
                        "technician:" + actor.name(),
                        clock.instant(),
                        actor.name(),
                        "work-order:" + order.getNumber(),
                        order.getKind().name().toLowerCase(Locale.ROOT) + " started"));
        return store.save(order);
    }

    @Transactional
    public WorkOrder pause(Actor actor, UUID id, Long version, String note) {
        WorkOrder order = store.load(actor.clientId(), id, version);
        order.pause(actor.name(), note, clock.instant());
        return store.save(order);
    }

    @Transactional
    public WorkOrder recordTest(Actor actor, UUID id, String name, boolean passed, String value, String note) {
        WorkOrder order = store.load(actor.clientId(), id, null);
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new WorkOrder.InvalidWorkStep("a test is named in lower case with dashes, e.g. functional-test");
        }
        order.recordTest(new TestResult(name, passed, value, note, actor.name(), clock.instant()));
        return store.save(order);
    }

    @Transactional
    public WorkOrder usePart(Actor actor, UUID id, String sku, String description, int quantity, BigDecimal unitCost) {
        WorkOrder order = store.load(actor.clientId(), id, null);
        order.usePart(new PartUsed(sku, description, quantity, unitCost, actor.name(), clock.instant()));
        return store.save(order);
    }

    @Transactional
    public WorkOrder addLabour(Actor actor, UUID id, int minutes) {
        WorkOrder order = store.load(actor.clientId(), id, null);
        order.addLabour(minutes, actor.name(), clock.instant());
        return store.save(order);
    }

    @Transactional
    public WorkOrder cancel(Actor actor, UUID id, Long version, String reason) {
        WorkOrder order = store.load(actor.clientId(), id, version);
        order.cancel(actor.name(), reason, clock.instant());
        return store.save(order);
    }
}
