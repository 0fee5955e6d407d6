package org.retrogistics.web.pages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.inspection.InspectionManagement;
import org.retrogistics.inspection.InspectionSnapshot;
import org.retrogistics.refunds.MoneyMovementSnapshot;
import org.retrogistics.refunds.MovementStatus;
import org.retrogistics.refunds.RefundManagement;
import org.retrogistics.returns.ReturnDetailSnapshot;
import org.retrogistics.shared.ClientId;
import org.retrogistics.transport.ShipmentSnapshot;
import org.springframework.stereotype.Component;

/**
 * A return's story as the shopper reads it, oldest first: requested, approved, label made, shipped, arrived, checked,
 * refunded. It is told from the return's own timeline, its label, its units' inspections and its money; steps the
 * shopper has no part in (a resolution recorded, a staff note) are left out rather than shown as codes.
 */
@Component
class PortalTimeline {

    /** One step: what happened, in words, and when. */
    record Step(String words, Instant at) {}

    private final CustodyLedger custody;
    private final InspectionManagement inspections;
    private final PortalWords words;

    PortalTimeline(CustodyLedger custody, InspectionManagement inspections, PortalWords words) {
        this.custody = custody;
        this.inspections = inspections;
        this.words = words;
    }

    List<Step> of(
            ClientId client,
            ReturnDetailSnapshot r,
            Optional<ShipmentSnapshot> label,
            List<RefundManagement.OutcomeSnapshot> money) {
        List<Step> steps = new ArrayList<>();
        for (ReturnDetailSnapshot.Event e : r.history()) {
            event(e).ifPresent(w -> steps.add(new Step(w, e.occurredAt())));
        }
        label.ifPresent(s -> steps.add(new Step("Return label made", s.createdAt())));
        List<UnitSnapshot> units = custody.unitsFor(
                client,
                r.lines().stream().map(ReturnDetailSnapshot.Line::sourceRef).toList());
        units.stream()
                .map(u -> inspections.latest(client, u.id()))
                .flatMap(Optional::stream)
                .map(InspectionSnapshot::inspectedAt)
                .forEach(at -> steps.add(new Step("Checked at our warehouse", at)));
        money.stream()
                .flatMap(o -> o.movements().stream())
                .map(this::movement)
                .flatMap(Optional::stream)
                .forEach(steps::add);
        steps.sort(Comparator.comparing(Step::at));
        // one line per thing that happened on a day: three units arriving together arrive once
        List<Step> told = new ArrayList<>();
        for (Step s : steps) {
            boolean same = !told.isEmpty()
                    && told.get(told.size() - 1).words().equals(s.words())
                    && words.day(told.get(told.size() - 1).at()).equals(words.day(s.at()));
            if (!same) {
                told.add(s);
            }
        }
        return told;
    }

    private static Optional<String> event(ReturnDetailSnapshot.Event e) {
        return Optional.ofNullable(
                switch (e.type()) {
                    case "ReturnRequested" -> "Return requested";
                    case "ReturnReferredForReview" -> "Passed to our team for a check";
                    case "ReturnAuthorized" -> "Approved";
                    case "ReturnRejected" -> "Not accepted";
                    case "ReturnShipped" -> "Shipped: the carrier has your parcel";
                    case "ReturnLineReceived" -> "Arrived at our warehouse";
                    case "ReturnClosed" -> "Return complete";
                    case "ReturnCancelled" -> "Cancelled";
                    case "ReturnExpired" -> "Closed: the parcel was not sent in time";
                    case "ReturnLost" -> "Lost by the carrier";
                    case "CustomerKeeps" -> "You may keep an item";
                    default -> null;
                });
    }

    private Optional<Step> movement(MoneyMovementSnapshot m) {
        if (m.status() == MovementStatus.CANCELLED) {
            return Optional.empty();
        }
        String amount = words.money(m.money());
        boolean paid = m.status() == MovementStatus.ISSUED;
        String what =
                switch (m.kind()) {
                    case REFUND_TO_ORIGINAL -> paid ? "Refunded " + amount : "Refund of " + amount + " on its way";
                    case STORE_CREDIT -> paid
                            ? "Store credit of " + amount + " added"
                            : "Store credit of " + amount + " on its way";
                    case EXCHANGE_DIFFERENCE_REFUNDED -> "Exchange: " + amount + " back to you";
                    case EXCHANGE_DIFFERENCE_CHARGED -> "Exchange: " + amount + " to pay";
                };
        return Optional.of(new Step(what, m.createdAt()));
    }
}
