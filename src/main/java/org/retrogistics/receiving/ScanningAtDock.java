package org.retrogistics.receiving;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.retrogistics.access.Actor;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.custody.UnitState;
import org.retrogistics.custody.WarehouseLocation;
import org.retrogistics.receiving.internal.ReceiptRepository;
import org.retrogistics.returns.ReceivableLine;
import org.retrogistics.returns.ReceivingReturns;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.returns.ReturnSnapshot;
import org.retrogistics.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dock scan. A scan of whatever is printed on the parcel or the item (licence plate, serial, RMA number, tracking
 * number) finds the units it announces and takes them in: a receipt per unit, a custody entry, the return line
 * counted, and an event that queues inspection. A second scan of a unit already taken in changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class ScanningAtDock {

    private final CustodyLedger custody;
    private final ReturnManagement returns;
    private final ReceivingReturns receivingReturns;
    private final ReceiptRepository receipts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScanningAtDock(
            CustodyLedger custody,
            ReturnManagement returns,
            ReceivingReturns receivingReturns,
            ReceiptRepository receipts,
            ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.custody = custody;
        this.returns = returns;
        this.receivingReturns = receivingReturns;
        this.receipts = receipts;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public ScanResult scan(Actor actor, Scan scan) {
        String code = scan.code() == null ? "" : scan.code().strip();
        if (code.isEmpty()) {
            throw new UnknownLabel(code);
        }
        ReceiptOutcome outcome = scan.outcome() == null ? ReceiptOutcome.RECEIVED : scan.outcome();
        if (!outcome.forAnnouncedUnit()) {
            throw new OutcomeNotForScan(outcome);
        }
        WarehouseLocation location = scan.location() == null || scan.location().isBlank()
                ? outcome.defaultLocation()
                : WarehouseLocation.parse(scan.location());

        Found found = resolve(actor, code);
        List<UnitSnapshot> waiting = found.units().stream()
                .filter(u -> u.state() == UnitState.EXPECTED || u.state() == UnitState.IN_TRANSIT)
                .toList();
        if (waiting.isEmpty()) {
            throw nothingWaiting(code, found.units());
        }
        Instant now = clock.instant();
        List<Taken> taken = new ArrayList<>();
        String rma = found.rmaNumber();
        for (UnitSnapshot unit : waiting) {
            Optional<ReceivableLine> line = returns.receivableLine(actor.clientId(), unit.sourceRef());
            if (line.isPresent() && !line.get().open()) {
                throw new NotExpected(unit, line.get());
            }
            rma = line.map(ReceivableLine::rmaNumber).orElse(rma);
            Arrival arrival = new Arrival(actor, unit, code, outcome, rma, line.orElse(null), scan.note(), now);
            taken.add(
                    outcome == ReceiptOutcome.SHORT
                            ? reportShort(arrival)
                            : takeIn(arrival, location, scan.container()));
        }
        return new ScanResult(code, rma, taken, message(outcome, taken, rma));
    }

    /** One announced unit met by a scan, with its return line if it has one. */
    private record Arrival(
            Actor actor,
            UnitSnapshot unit,
            String code,
            ReceiptOutcome outcome,
            String rma,
            ReceivableLine line,
            String note,
            Instant now) {

        String reason() {
            return line == null ? null : line.reason().name();
        }

        String resolution() {
            return line == null || line.resolution() == null
                    ? null
                    : line.resolution().name();
        }

        String path() {
            return inspectionPath(outcome, line == null ? ReturnReason.OTHER : line.reason());
        }

        ReceiptDraft receipt(String location, String container) {
            return new ReceiptDraft(
                    actor.clientId().value(),
                    unit.id(),
                    code,
                    outcome,
                    rma,
                    reason(),
                    location,
                    container,
                    note,
                    actor.name(),
                    now);
        }
    }

    /** The unit is not in the parcel: noted in its custody trail and receipted as short, nothing taken in. */
    private Taken reportShort(Arrival a) {
        UnitSnapshot unit = a.unit();
        custody.record(
                a.actor().clientId(),
                unit.id(),
                new CustodyMove(
                        CustodyEventType.NOTE,
                        null,
                        null,
                        a.now(),
                        a.actor().name(),
                        unit.sourceRef(),
                        "reported short at the dock: not in the parcel scanned as " + a.code()));
        receipts.save(new Receipt(a.receipt(null, null)));
        return new Taken(unit.id(), unit.licencePlate(), unit.sku(), unit.serial(), a.outcome(), unit.location(), null);
    }

    /** Takes the unit into custody (and into a container if one was named), receipts it and counts its return line. */
    private Taken takeIn(Arrival a, WarehouseLocation location, String container) {
        Actor actor = a.actor();
        UnitSnapshot unit = a.unit();
        String note = a.note();
        custody.record(
                actor.clientId(),
                unit.id(),
                new CustodyMove(
                        CustodyEventType.RECEIVED,
                        location.name(),
                        "warehouse",
                        a.now(),
                        actor.name(),
                        unit.sourceRef(),
                        a.outcome() == ReceiptOutcome.RECEIVED
                                ? "received at the dock (scanned " + a.code() + ")"
                                : a.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (scanned "
                                        + a.code() + ")" + (note == null || note.isBlank() ? "" : ": " + note)));
        String sscc = null;
        if (container != null && !container.isBlank()) {
            sscc = custody.move(actor.clientId(), unit.id(), null, container.strip(), actor.name(), unit.sourceRef())
                    .containerId()
                    .toString();
        }
        receipts.save(new Receipt(a.receipt(location.name(), sscc == null ? null : container.strip())));
        String path = a.path();
        events.publishEvent(new UnitReceived(
                unit.id(),
                actor.clientId().value(),
                unit.productId(),
                unit.licencePlate(),
                unit.sku(),
                a.outcome(),
                a.reason(),
                a.resolution(),
                path,
                a.rma(),
                a.now()));
        if (a.line() != null) {
            receivingReturns.countReceived(actor, a.line(), 1);
        }
        return new Taken(unit.id(), unit.licencePlate(), unit.sku(), unit.serial(), a.outcome(), location.name(), path);
    }

    /** The dock's finding outranks the customer's reason: a wrong item needs its identity checked first. */
    static String inspectionPath(ReceiptOutcome outcome, ReturnReason reason) {
        return switch (outcome) {
            case WRONG_ITEM -> ReturnReason.WRONG_ITEM.inspectionPath().name();
            case DAMAGED_IN_TRANSIT -> ReturnReason.DAMAGED_IN_TRANSIT
                    .inspectionPath()
                    .name();
            default -> reason.inspectionPath().name();
        };
    }

    private record Found(List<UnitSnapshot> units, String rmaNumber) {}

    private Found resolve(Actor actor, String code) {
        List<UnitSnapshot> byIdentity = custody.find(actor.clientId(), code);
        if (!byIdentity.isEmpty()) {
            return new Found(byIdentity, null);
        }
        Optional<ReturnSnapshot> parcel = returns.byParcelCode(actor.clientId(), code);
        if (parcel.isPresent()) {
            return new Found(
                    returns.units(actor.clientId(), parcel.get()), parcel.get().rmaNumber());
        }
        throw new UnknownLabel(code);
    }

    private DomainException nothingWaiting(String code, List<UnitSnapshot> units) {
        Optional<UnitSnapshot> inCustody =
                units.stream().filter(u -> u.state() == UnitState.IN_CUSTODY).findFirst();
        if (inCustody.isPresent()) {
            UnitSnapshot u = inCustody.get();
            Optional<Receipt> first = receipts.findTakenIn(u.id(), ReceiptOutcome.SHORT);
            return new AlreadyReceived(code, u, first.orElse(null));
        }
        return new NothingToReceive(code, units);
    }

    private static String message(ReceiptOutcome outcome, List<Taken> taken, String rma) {
        String what = taken.size() == 1 ? taken.get(0).licencePlate() : taken.size() + " units";
        String on = rma == null ? "" : " on " + rma;
        return switch (outcome) {
            case RECEIVED -> "Received " + what + on + ": to " + taken.get(0).location();
            case DAMAGED_IN_TRANSIT -> "Damaged in transit: " + what + on + " held in quarantine for assessment";
            case WRONG_ITEM -> "Wrong item: " + what + on + " held in quarantine for an identity check";
            case SHORT -> "Reported short: " + what + on + " not in the parcel";
            default -> what;
        };
    }
}
