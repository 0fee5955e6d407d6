package org.retrogistics.receiving;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.ExpectedUnit;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.custody.WarehouseLocation;
import org.retrogistics.receiving.internal.ReceiptRepository;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.returns.ReturnReason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit nobody announced, or an extra item in a return's parcel: it gets a licence plate now and goes to quarantine
 * for an identity check.
 */
@Service
@Transactional(readOnly = true)
public class TakingBlindReceipts {

    private final CustodyLedger custody;
    private final ReturnManagement returns;
    private final CatalogManagement catalog;
    private final ReceiptRepository receipts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TakingBlindReceipts(
            CustodyLedger custody,
            ReturnManagement returns,
            CatalogManagement catalog,
            ReceiptRepository receipts,
            ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.custody = custody;
        this.returns = returns;
        this.catalog = catalog;
        this.receipts = receipts;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Takes in a unit nobody announced: it gets a licence plate now and goes to quarantine for an identity check. */
    @Transactional
    public ScanResult blind(Actor actor, BlindReceipt receipt) {
        ProductFacts product = catalog.productBySku(actor.clientId(), receipt.sku())
                .orElseThrow(() -> new UnknownProduct(receipt.sku()));
        boolean extra = receipt.rmaNumber() != null && !receipt.rmaNumber().isBlank();
        ReceiptOutcome outcome = extra ? ReceiptOutcome.EXTRA : ReceiptOutcome.BLIND;
        String rma = extra ? rmaOf(actor, receipt.rmaNumber()) : null;
        ReturnReason reason = receipt.reason() == null ? ReturnReason.OTHER : receipt.reason();
        Instant now = clock.instant();
        String source = outcome == ReceiptOutcome.EXTRA ? "extra-in:" + rma : "blind-receipt:" + UUID.randomUUID();
        WarehouseLocation location = outcome.defaultLocation();
        UnitSnapshot unit = custody.takeIn(
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
        receipts.save(new Receipt(new ReceiptDraft(
                actor.clientId().value(),
                unit.id(),
                unit.licencePlate(),
                outcome,
                rma,
                reason.name(),
                location.name(),
                null,
                receipt.note(),
                actor.name(),
                now)));
        events.publishEvent(new UnitReceived(
                unit.id(),
                actor.clientId().value(),
                product.id(),
                unit.licencePlate(),
                unit.sku(),
                outcome,
                reason.name(),
                null,
                path,
                rma,
                now));
        return result(unit, outcome, rma, location, path);
    }

    /** The RMA of the return whose parcel held the extra item; a code that finds no return is refused. */
    private String rmaOf(Actor actor, String parcelCode) {
        return returns.byParcelCode(actor.clientId(), parcelCode.strip())
                .orElseThrow(() -> new UnknownLabel(parcelCode))
                .rmaNumber();
    }

    private static ScanResult result(
            UnitSnapshot unit, ReceiptOutcome outcome, String rma, WarehouseLocation location, String path) {
        Taken t = new Taken(unit.id(), unit.licencePlate(), unit.sku(), unit.serial(), outcome, location.name(), path);
        return new ScanResult(
                unit.licencePlate(),
                rma,
                List.of(t),
                "Taken in as " + unit.licencePlate() + " ("
                        + outcome.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + "): label it and put it in quarantine for an identity check");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
