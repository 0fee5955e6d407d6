package org.retrogistics.returns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.retrogistics.shared.DomainException;

/**
 * Cancelling or expiring a return gives its lines' quantity back to the order. That is only right while nothing moved:
 * no money on any unit, nothing arrived, nothing kept (docs/adr/0011). Closing short gives back only what is still
 * expected and was given no resolution.
 */
final class EndingWithoutGoods {

    private EndingWithoutGoods() {}

    /** Whether a return in this status has ended without (all) its goods, so that quantity left on it goes back. */
    static boolean ended(ReturnStatus status) {
        return status == ReturnStatus.REJECTED || status == ReturnStatus.CANCELLED || status == ReturnStatus.EXPIRED;
    }

    /** Why the return may not be cancelled or expired now, if something moved on it. */
    static Optional<DomainException> refusal(String rmaNumber, List<ReturnLine> lines) {
        int money = lines.stream().mapToInt(ReturnLine::getMoneyQuantity).sum();
        if (money > 0) {
            return Optional.of(new ReturnRefusals.ReturnMoneyMoved(rmaNumber, "cancelled or expired", money));
        }
        int settled = lines.stream()
                .mapToInt(l -> l.getReceivedQuantity() + l.getKeptQuantity())
                .sum();
        if (settled > 0) {
            return Optional.of(new ReturnRefusals.ReturnUnitsReceived(rmaNumber, "cancelled or expired", settled));
        }
        return Optional.empty();
    }

    /** Refuses to cancel or expire a return on which something moved. */
    static void refuse(String rmaNumber, List<ReturnLine> lines) {
        refusal(rmaNumber, lines).ifPresent(refusal -> {
            throw refusal;
        });
    }

    /**
     * The quantity each order line gets back now that the return has ended: all of it when it ended before anything
     * moved (given-back units were released already); when closed short, only the units still expected on which no
     * resolution was given.
     */
    static Map<ReturnLine, Integer> quantityToRelease(ReturnStatus status, List<ReturnLine> lines) {
        Map<ReturnLine, Integer> release = new LinkedHashMap<>();
        for (ReturnLine l : lines) {
            int q = ended(status)
                    ? Math.max(0, l.outstanding() - l.getGivenBackQuantity())
                    : status == ReturnStatus.CLOSED ? l.releasableWhenClosedShort() : 0;
            if (l.getOrderLineId() != null && q > 0) {
                release.put(l, q);
            }
        }
        return release;
    }
}
