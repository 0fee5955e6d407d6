package org.retrogistics.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A return in full as the console and the portal show it: its header, the policy's decision, its lines with what was
 * received, and its timeline, oldest first. The names are the entity's properties, so the pages read it unchanged.
 */
public record ReturnDetailSnapshot(
        UUID id,
        String rmaNumber,
        ReturnKind kind,
        ReturnStatus status,
        String customerEmail,
        String customerName,
        Integer policyVersion,
        PolicyOutcome decisionOutcome,
        String decisionReason,
        Instant requestedAt,
        Instant expiresAt,
        Long version,
        List<Line> lines,
        List<Event> history) {

    /** One line: what is asked back and why, what the policy said of it, and how many have arrived. */
    public record Line(
            UUID id,
            int lineNo,
            String orderNumber,
            String sku,
            int quantity,
            int receivedQuantity,
            ReturnReason reason,
            String note,
            Resolution requestedResolution,
            PolicyOutcome outcome,
            String outcomeReason,
            BigDecimal restockingFee) {

        /** How the line is named as the reason a unit exists (a unit's custody source reference). */
        public String sourceRef() {
            return ReturnLookup.LINE_REF + id;
        }

        static Line of(ReturnLine l) {
            return new Line(
                    l.getId(),
                    l.getLineNo(),
                    l.getOrderNumber(),
                    l.getSku(),
                    l.getQuantity(),
                    l.getReceivedQuantity(),
                    l.getReason(),
                    l.getNote(),
                    l.getRequestedResolution(),
                    l.getOutcome(),
                    l.getOutcomeReason(),
                    l.getRestockingFee());
        }
    }

    /** One entry of the timeline: what happened, the move it made, when, by whom, and the words recorded with it. */
    public record Event(
            String type,
            ReturnStatus fromStatus,
            ReturnStatus toStatus,
            Instant occurredAt,
            String actor,
            String detail) {

        static Event of(ReturnHistoryEntry e) {
            return new Event(
                    e.getType(), e.getFromStatus(), e.getToStatus(), e.getOccurredAt(), e.getActor(), e.getDetail());
        }
    }

    /** Taken while the return's lines and timeline can still be read (inside the transaction that loaded it). */
    static ReturnDetailSnapshot of(ReturnRequest r) {
        return new ReturnDetailSnapshot(
                r.getId(),
                r.getRmaNumber(),
                r.getKind(),
                r.getStatus(),
                r.getCustomerEmail(),
                r.getCustomerName(),
                r.getPolicyVersion(),
                r.getDecisionOutcome(),
                r.getDecisionReason(),
                r.getRequestedAt(),
                r.getExpiresAt(),
                r.getVersion(),
                r.getLines().stream().map(Line::of).toList(),
                r.getHistory().stream().map(Event::of).toList());
    }
}
