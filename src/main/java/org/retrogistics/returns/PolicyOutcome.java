package org.retrogistics.returns;

/** The answer of the return policy; a person reads the reason that comes with it. */
public enum PolicyOutcome {
    ALLOW,
    REVIEW,
    REJECT;

    /** The stricter of two outcomes: one rejected line rejects, one line to review sends the return to review. */
    public PolicyOutcome and(PolicyOutcome other) {
        return ordinal() >= other.ordinal() ? this : other;
    }
}
