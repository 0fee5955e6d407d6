package org.retrogistics.shared;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a unit cost or recovered, as facts that the module where it happened publishes (a transport leg, a work order's
 * labour and parts, a refund paid, a sale, a lot's share, a part's value). The recovery ledger listens to this one
 * event type, so no module upstream of it needs to know the ledger exists.
 *
 * @param facts one or more entries, all of one client
 */
public record RecoveryFacts(List<Entry> facts, Instant occurredAt) {

    public RecoveryFacts {
        facts = List.copyOf(facts);
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public static RecoveryFacts of(Entry... entries) {
        return new RecoveryFacts(List.of(entries), Instant.now());
    }

    /** Which side of the ledger an entry falls on. */
    public enum Side {
        COST,
        RECOVERY
    }

    /** What an entry is for; the side follows from it. */
    public enum Kind {
        TRANSPORT(Side.COST),
        LABOUR(Side.COST),
        PARTS(Side.COST),
        FEES(Side.COST),
        REFUND(Side.COST),
        RECYCLING(Side.COST),
        SALE(Side.RECOVERY),
        LOT_SHARE(Side.RECOVERY),
        PARTS_VALUE(Side.RECOVERY),
        REFUND_AVOIDED(Side.RECOVERY),
        RECYCLING_REBATE(Side.RECOVERY);

        private final Side side;

        Kind(Side side) {
            this.side = side;
        }

        public Side side() {
            return side;
        }

        /**
         * Part of what the disposition model values: every entry but the refund and the refund avoided, which belong
         * to the return rather than to what became of the unit. Comparisons with the expectation count only these.
         */
        public boolean comparableWithExpectation() {
            return this != REFUND && this != REFUND_AVOIDED;
        }
    }

    /**
     * One cost or recovery of one unit.
     *
     * @param returnId the return the unit came in on, when known
     * @param amount always positive; the kind says whether it is a cost or a recovery
     * @param sourceType where it happened ("leg", "work-order", "refund", "listing", "lot", "recycling-batch")
     * @param sourceRef that record's id or number, so the same fact published twice is recorded once
     */
    public record Entry(
            UUID unitId,
            UUID returnId,
            ClientId clientId,
            Kind kind,
            Money amount,
            String sourceType,
            String sourceRef) {

        public Entry {
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(sourceType, "sourceType");
            Objects.requireNonNull(sourceRef, "sourceRef");
            if (amount.amount().signum() < 0) {
                throw new IllegalArgumentException("A recovery fact's amount is never negative: " + amount);
            }
        }
    }
}
