package org.retrogistics.returns;

import java.util.EnumSet;
import java.util.Set;

/** The states of a return in which its lines may be settled. */
final class SettlementStates {

    /** States in which a resolution may be given on the return's lines. */
    static final Set<ReturnStatus> RESOLVABLE = EnumSet.of(
            ReturnStatus.AUTHORIZED,
            ReturnStatus.IN_TRANSIT,
            ReturnStatus.PARTIALLY_RECEIVED,
            ReturnStatus.RECEIVED,
            ReturnStatus.LOST,
            ReturnStatus.CLOSED);

    /** States in which units are still expected, so the customer may be told to keep them. */
    static final Set<ReturnStatus> KEEPABLE = EnumSet.of(
            ReturnStatus.AUTHORIZED, ReturnStatus.IN_TRANSIT, ReturnStatus.PARTIALLY_RECEIVED, ReturnStatus.LOST);

    private SettlementStates() {}
}
