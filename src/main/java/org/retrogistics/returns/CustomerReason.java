package org.retrogistics.returns;

import java.util.List;

/**
 * What the customer is told about a refused return: the reason given when it was rejected (an agent's words for the
 * customer, or the policy's own refusal), never the internal rule that sent it to review.
 */
public final class CustomerReason {

    private CustomerReason() {}

    /** The reason the return was rejected with, or null when it is not rejected. */
    public static String of(ReturnDetailSnapshot r) {
        if (r.status() != ReturnStatus.REJECTED) {
            return null;
        }
        List<ReturnDetailSnapshot.Event> history = r.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            if ("ReturnRejected".equals(history.get(i).type())) {
                return history.get(i).detail();
            }
        }
        return null;
    }
}
