package org.retrogistics.returns;

import java.util.UUID;

/** What the dock needs to know of the return line a unit was announced on. */
public record ReceivableLine(
        UUID returnId,
        String rmaNumber,
        int lineNo,
        ReturnReason reason,
        Resolution resolution,
        ReturnStatus status,
        int outstanding) {

    /** The return still takes units in on this line. */
    public boolean open() {
        return outstanding > 0
                && ReturnLifecycle.TABLE.triggersFrom(status).stream()
                        .anyMatch(t -> t == ReturnTrigger.RECEIVE_PART || t == ReturnTrigger.RECEIVE_ALL);
    }
}
