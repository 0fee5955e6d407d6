package org.retrogistics.returns;

import java.util.List;
import java.util.UUID;

/** A return as other modules read it: which one, where it stands, and what its lines ask back. */
public record ReturnSnapshot(UUID id, String rmaNumber, ReturnStatus status, String customerEmail, List<Line> lines) {

    /** One line of the return: the product, how many, and why. */
    public record Line(UUID id, int lineNo, UUID productId, String sku, int quantity, ReturnReason reason) {

        /** How the line is named as the reason a unit exists (a unit's custody source reference). */
        public String sourceRef() {
            return ReturnLookup.LINE_REF + id;
        }
    }

    public static ReturnSnapshot of(ReturnRequest r) {
        return new ReturnSnapshot(
                r.getId(),
                r.getRmaNumber(),
                r.getStatus(),
                r.getCustomerEmail(),
                r.getLines().stream()
                        .map(l -> new Line(
                                l.getId(), l.getLineNo(), l.getProductId(), l.getSku(), l.getQuantity(), l.getReason()))
                        .toList());
    }
}
