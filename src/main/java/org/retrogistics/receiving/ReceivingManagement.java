package org.retrogistics.receiving;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.ExpectedUnit;
import org.retrogistics.custody.Unit;
import org.retrogistics.custody.UnitState;
import org.retrogistics.custody.WarehouseLocation;
import org.retrogistics.receiving.internal.ReceiptRepository;
import org.retrogistics.returns.ReceivableLine;
import org.retrogistics.returns.ReceivingReturns;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.returns.ReturnRequest;
import org.retrogistics.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dock. A scan of whatever is printed on the parcel or the item (licence plate, serial, RMA number, tracking
 * number) finds the units it announces and takes them in: a receipt per unit, a custody entry, the return line
 * counted, and an event that queues inspection. A second scan of a unit already taken in changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class ReceivingManagement {

    /** A dock scan: the code read, what the dock found, and optionally where the units go. */
    public record Scan(String code, ReceiptOutcome outcome, String location, String container, String note) {}

    /** A unit that arrived with nothing announcing it, or as an extra in a parcel (then with its return's RMA). */
    public record BlindReceipt(
            String sku, String serial, String lot, ReturnReason reason, String rmaNumber, String note) {}

    /** The answer to a scan: what was found for each unit, for the station to show. */
    public record ScanResult(String code, String rmaNumber, List<Taken> units, String message) {}

    /** One unit's outcome. */
    public record Taken(
            UUID unitId,
            String licencePlate,
            String sku,
            String serial,
            ReceiptOutcome outcome,
            String location,
            String inspectionPath) {}

    private final CustodyLedger custody;
    private final ReturnManagement returns;
    private final ReceivingReturns receivingReturns;
    private final CatalogManagement catalog;
    private final ReceiptRepository receipts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReceivingManagement(
            CustodyLedger custody,
            ReturnManagement returns,
            ReceivingReturns receivingReturns,
            CatalogManagement catalog,
            ReceiptRepository receipts,
            ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.custody = custody;
        this.returns = returns;
        this.receivingReturns = receivingReturns;
        this.catalog = catalog;
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
        List<Unit> waiting = found.units().stream()
                .filter(u -> u.getState() == UnitState.EXPECTED || u.getState() == UnitState.IN_TRANSIT)
                .toList();
        if (waiting.isEmpty()) {
            throw nothingWaiting(code, found.units());
        }
        Instant now = clock.instant();
        List<Taken> taken = new ArrayList<>();
        String rma = found.rmaNumber();
        for (Unit unit : waiting) {
            Optional<ReceivableLine> line = returns.receivableLine(actor.clientId(), unit.getSourceRef());
            if (line.isPresent() && !line.get().open()) {
                throw new NotExpected(unit, line.get());
            }
            rma = line.map(ReceivableLine::rmaNumber).orElse(rma);
            String reason = line.map(l -> l.reason().name()).orElse(null);
            String resolution = line.map(
                            l -> l.resolution() == null ? null : l.resolution().name())
                    .orElse(null);
            if (outcome == ReceiptOutcome.SHORT) {
                custody.record(
                        actor.clientId(),
                        unit.getId(),
                        new CustodyMove(
                                CustodyEventType.NOTE,
                                null,
                                null,
                                now,
                                actor.name(),
                                unit.getSourceRef(),
                                "reported short at the dock: not in the parcel scanned as " + code));
                receipts.save(new Receipt(
                        actor.clientId().value(),
                        unit.getId(),
                        code,
                        outcome,
                        rma,
                        reason,
                        null,
                        null,
                        scan.note(),
                        actor.name(),
                        now));
                taken.add(new Taken(
                        unit.getId(),
                        unit.getLicencePlate(),
                        unit.getSku(),
                        unit.getSerial(),
                        outcome,
                        unit.getLocation(),
                        null));
                continue;
            }
            String path =
                    inspectionPath(outcome, line.map(ReceivableLine::reason).orElse(ReturnReason.OTHER));
            takeIn(
                    actor,
                    unit,
                    code,
                    outcome,
                    location,
                    scan.container(),
                    rma,
                    reason,
                    resolution,
                    path,
                    scan.note(),
                    now);
            line.ifPresent(l -> receivingReturns.countReceived(actor, l, 1));
            taken.add(new Taken(
                    unit.getId(),
                    unit.getLicencePlate(),
                    unit.getSku(),
                    unit.getSerial(),
                    outcome,
                    location.name(),
                    path));
        }
        return new ScanResult(code, rma, taken, message(outcome, taken, rma));
    }

    /** Takes in a unit nobody announced: it gets a licence plate now and goes to quarantine for an identity check. */
    @Transactional
    public ScanResult blind(Actor actor, BlindReceipt receipt) {
        ProductFacts product = catalog.productBySku(actor.clientId(), receipt.sku())
                .orElseThrow(() -> new UnknownProduct(receipt.sku()));
        ReceiptOutcome outcome = ReceiptOutcome.BLIND;
        String rma = null;
        if (receipt.rmaNumber() != null && !receipt.rmaNumber().isBlank()) {
            ReturnRequest r = returns.byParcelCode(
                            actor.clientId(), receipt.rmaNumber().strip())
                    .orElseThrow(() -> new UnknownLabel(receipt.rmaNumber()));
            rma = r.getRmaNumber();
            outcome = ReceiptOutcome.EXTRA;
        }
        ReturnReason reason = receipt.reason() == null ? ReturnReason.OTHER : receipt.reason();
        Instant now = clock.instant();
        String source = outcome == ReceiptOutcome.EXTRA ? "extra-in:" + rma : "blind-receipt:" + UUID.randomUUID();
        WarehouseLocation location = outcome.defaultLocation();
        Unit unit = custody.takeIn(
                new ExpectedUnit(
                        actor.clientId(),
                        product.id(),
                        product.sku(),
                        blankToNull(receipt.serial()),
                        blankToNull(receipt.lot()),
                        source,
                        location.name(),
                        "warehouse",
                        actor.name()),
                null,
                outcome == ReceiptOutcome.EXTRA
                        ? "extra item in the parcel of " + rma
                        : "blind receipt: nothing on file");
        String path = ReturnReason.WRONG_ITEM.inspectionPath().name();
        receipts.save(new Receipt(
                actor.clientId().value(),
                unit.getId(),
                unit.getLicencePlate(),
                outcome,
                rma,
                reason.name(),
                location.name(),
                null,
                receipt.note(),
                actor.name(),
                now));
        events.publishEvent(new UnitReceived(
                unit.getId(),
                actor.clientId().value(),
                product.id(),
                unit.getLicencePlate(),
                outcome,
                reason.name(),
                null,
                path,
                rma,
                now));
        Taken t = new Taken(
                unit.getId(), unit.getLicencePlate(), unit.getSku(), unit.getSerial(), outcome, location.name(), path);
        return new ScanResult(
                unit.getLicencePlate(),
                rma,
                List.of(t),
                "Taken in as " + unit.getLicencePlate() + " ("
                        + outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + "): label it and put it in quarantine for an identity check");
    }

    public List<Receipt> recent(Actor actor, int limit) {
        return receipts.findByClientIdOrderByRecordedAtDesc(actor.clientId().value(), PageRequest.of(0, limit));
    }

    private void takeIn(
            Actor actor,
            Unit unit,
            String code,
            ReceiptOutcome outcome,
            WarehouseLocation location,
            String container,
            String rma,
            String reason,
            String resolution,
            String path,
            String note,
            Instant now) {
        custody.record(
                actor.clientId(),
                unit.getId(),
                new CustodyMove(
                        CustodyEventType.RECEIVED,
                        location.name(),
                        "warehouse",
                        now,
                        actor.name(),
                        unit.getSourceRef(),
                        outcome == ReceiptOutcome.RECEIVED
                                ? "received at the dock (scanned " + code + ")"
                                : outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (scanned " + code + ")"
                                        + (note == null || note.isBlank() ? "" : ": " + note)));
        String sscc = null;
        if (container != null && !container.isBlank()) {
            sscc = custody.move(
                            actor.clientId(), unit.getId(), null, container.strip(), actor.name(), unit.getSourceRef())
                    .getContainerId()
                    .toString();
        }
        receipts.save(new Receipt(
                actor.clientId().value(),
                unit.getId(),
                code,
                outcome,
                rma,
                reason,
                location.name(),
                sscc == null ? null : container.strip(),
                note,
                actor.name(),
                now));
        events.publishEvent(new UnitReceived(
                unit.getId(),
                actor.clientId().value(),
                unit.getProductId(),
                unit.getLicencePlate(),
                outcome,
                reason,
                resolution,
                path,
                rma,
                now));
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

    private record Found(List<Unit> units, String rmaNumber) {}

    private Found resolve(Actor actor, String code) {
        List<Unit> byIdentity = custody.find(actor.clientId(), code);
        if (!byIdentity.isEmpty()) {
            return new Found(byIdentity, null);
        }
        Optional<ReturnRequest> parcel = returns.byParcelCode(actor.clientId(), code);
        if (parcel.isPresent()) {
            return new Found(
                    returns.units(actor.clientId(), parcel.get()), parcel.get().getRmaNumber());
        }
        throw new UnknownLabel(code);
    }

    private DomainException nothingWaiting(String code, List<Unit> units) {
        Optional<Unit> inCustody =
                units.stream().filter(u -> u.getState() == UnitState.IN_CUSTODY).findFirst();
        if (inCustody.isPresent()) {
            Unit u = inCustody.get();
            Optional<Receipt> first = receipts.findTakenIn(u.getId(), ReceiptOutcome.SHORT);
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Nothing we know carries this code. */
    public static class UnknownLabel extends DomainException {
        UnknownLabel(String code) {
            super(
                    Kind.NOT_FOUND,
                    "unknown-label",
                    "no unit, return or tracking number matches '" + code
                            + "'; if the parcel has no paperwork, take a blind receipt");
        }
    }

    /** The unit is in the warehouse already; the scan changed nothing. */
    public static class AlreadyReceived extends DomainException {
        AlreadyReceived(String code, Unit unit, Receipt first) {
            super(
                    Kind.CONFLICT,
                    "already-received",
                    unit.getLicencePlate() + " (scanned " + code + ") is already in the warehouse"
                            + (first == null
                                    ? ""
                                    : ": received " + first.getRecordedAt() + " by " + first.getRecordedBy() + " to "
                                            + first.getLocation())
                            + "; nothing was recorded");
        }
    }

    /** The code is known but announces nothing that can still arrive. */
    public static class NothingToReceive extends DomainException {
        NothingToReceive(String code, List<Unit> units) {
            super(
                    Kind.CONFLICT,
                    "nothing-to-receive",
                    units.isEmpty()
                            ? "'" + code + "' announces no units"
                            : "'" + code + "' announces no unit still expected (states: "
                                    + units.stream()
                                            .map(u -> u.getState().name())
                                            .distinct()
                                            .toList() + "); take a blind receipt if something arrived");
        }
    }

    /** The unit's return no longer takes units in (cancelled, expired, closed). */
    public static class NotExpected extends DomainException {
        NotExpected(Unit unit, ReceivableLine line) {
            super(
                    Kind.CONFLICT,
                    "not-expected",
                    unit.getLicencePlate() + " belongs to " + line.rmaNumber() + ", which is "
                            + line.status().name().toLowerCase(Locale.ROOT)
                            + " and takes nothing in; take a blind receipt if it arrived anyway");
        }
    }

    /** EXTRA and BLIND are taken as blind receipts, not scans of announced units. */
    public static class OutcomeNotForScan extends DomainException {
        OutcomeNotForScan(ReceiptOutcome outcome) {
            super(
                    Kind.INVALID,
                    "outcome-not-for-scan",
                    outcome + " is recorded with a blind receipt (POST /api/receiving/blind), not a scan");
        }
    }

    /** A blind receipt names a SKU the client does not have. */
    public static class UnknownProduct extends DomainException {
        UnknownProduct(String sku) {
            super(Kind.REJECTED, "unknown-sku", "no product with SKU '" + sku + "'");
        }
    }
}
