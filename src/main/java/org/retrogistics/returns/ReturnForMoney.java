package org.retrogistics.returns;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.shared.NotFound;

/**
 * A return as the money side reads it: where it stands, the policy version it was judged under, and per line what was
 * paid, what the customer asked for and how many units are still open. Read by {@link ReturnSettlement}, under the
 * return's lock when a decision depends on it.
 */
public record ReturnForMoney(
        UUID id, String rmaNumber, ReturnStatus status, Integer policyVersion, String customerEmail, List<Line> lines) {

    /**
     * One line: its order line (null for a line without an order), the price paid and fee per unit, and its units.
     *
     * @param resolvedQuantity units a resolution covers already
     * @param outstanding units still expected from the customer
     */
    public record Line(
            UUID id,
            int lineNo,
            UUID orderId,
            UUID orderLineId,
            UUID productId,
            BigDecimal unitPrice,
            BigDecimal restockingFee,
            int quantity,
            ReturnReason reason,
            Resolution requestedResolution,
            int resolvedQuantity,
            int outstanding) {

        /** How the line is named as the reason a unit exists (a unit's custody source reference). */
        public String sourceRef() {
            return ReturnLookup.LINE_REF + id;
        }
    }

    public Optional<Line> findLine(int lineNo) {
        return lines.stream().filter(l -> l.lineNo() == lineNo).findFirst();
    }

    public Line line(int lineNo) {
        return findLine(lineNo).orElseThrow(() -> new NotFound("return-line", rmaNumber + "/" + lineNo));
    }

    static ReturnForMoney of(ReturnRequest r) {
        return new ReturnForMoney(
                r.getId(),
                r.getRmaNumber(),
                r.getStatus(),
                r.getPolicyVersion(),
                r.getCustomerEmail(),
                r.getLines().stream()
                        .map(l -> new Line(
                                l.getId(),
                                l.getLineNo(),
                                l.getOrderId(),
                                l.getOrderLineId(),
                                l.getProductId(),
                                l.getUnitPrice(),
                                l.getRestockingFee(),
                                l.getQuantity(),
                                l.getReason(),
                                l.getRequestedResolution(),
                                l.getResolvedQuantity(),
                                l.outstanding()))
                        .toList());
    }
}
