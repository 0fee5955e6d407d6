package org.retrogistics.returns.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.retrogistics.returns.ReturnHistoryEntry;
import org.retrogistics.returns.ReturnLifecycle;
import org.retrogistics.returns.ReturnLine;
import org.retrogistics.returns.ReturnRequest;

/** A return as the API shows it, with the moves possible from its current state. */
record ReturnView(
        UUID id,
        String rmaNumber,
        String kind,
        String status,
        List<String> possibleActions,
        String customerEmail,
        String customerName,
        Integer policyVersion,
        String decision,
        String decisionReason,
        Instant requestedAt,
        Instant authorizedAt,
        Instant expiresAt,
        Instant updatedAt,
        long version,
        List<Line> lines,
        List<Event> timeline) {

    record Line(
            int lineNo,
            String orderNumber,
            UUID orderLineId,
            UUID productId,
            String sku,
            int quantity,
            int receivedQuantity,
            int resolvedQuantity,
            int moneyQuantity,
            int keptQuantity,
            int givenBackQuantity,
            String reason,
            String reasonCode,
            String note,
            String serial,
            String lot,
            String requestedResolution,
            String policyOutcome,
            String policyReason,
            BigDecimal unitPrice,
            BigDecimal restockingFee) {
        static Line of(ReturnLine l) {
            return new Line(
                    l.getLineNo(),
                    l.getOrderNumber(),
                    l.getOrderLineId(),
                    l.getProductId(),
                    l.getSku(),
                    l.getQuantity(),
                    l.getReceivedQuantity(),
                    l.getResolvedQuantity(),
                    l.getMoneyQuantity(),
                    l.getKeptQuantity(),
                    l.getGivenBackQuantity(),
                    l.getReason().name(),
                    l.getExternalReasonCode(),
                    l.getNote(),
                    l.getSerial(),
                    l.getLot(),
                    l.getRequestedResolution().name(),
                    l.getOutcome().name(),
                    l.getOutcomeReason(),
                    l.getUnitPrice(),
                    l.getRestockingFee());
        }
    }

    record Event(String type, String from, String to, Instant at, String actor, String detail) {
        static Event of(ReturnHistoryEntry e) {
            return new Event(
                    e.getType(),
                    e.getFromStatus() == null ? null : e.getFromStatus().name(),
                    e.getToStatus().name(),
                    e.getOccurredAt(),
                    e.getActor(),
                    e.getDetail());
        }
    }

    static ReturnView of(ReturnRequest r) {
        return new ReturnView(
                r.getId(),
                r.getRmaNumber(),
                r.getKind().name(),
                r.getStatus().name(),
                ReturnLifecycle.TABLE.triggersFrom(r.getStatus()).stream()
                        .map(Enum::name)
                        .toList(),
                r.getCustomerEmail(),
                r.getCustomerName(),
                r.getPolicyVersion(),
                r.getDecisionOutcome() == null ? null : r.getDecisionOutcome().name(),
                r.getDecisionReason(),
                r.getRequestedAt(),
                r.getAuthorizedAt(),
                r.getExpiresAt(),
                r.getUpdatedAt(),
                r.getVersion(),
                r.getLines().stream().map(Line::of).toList(),
                r.getHistory().stream().map(Event::of).toList());
    }
}
