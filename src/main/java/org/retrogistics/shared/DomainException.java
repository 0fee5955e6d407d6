package org.retrogistics.shared;

/**
 * A business fact that stops a request: its {@link #code()} is stable and becomes the problem type, its message is
 * for a person. The {@link Kind} tells the web layer which status to answer with, without the domain knowing HTTP.
 */
public abstract class DomainException extends RuntimeException {

    /** How the fact relates to the request. */
    public enum Kind {
        /** The thing asked for does not exist, or belongs to another client. */
        NOT_FOUND,
        /** The request contradicts the current state (wrong lifecycle state, stale version, duplicate). */
        CONFLICT,
        /** The request is well-formed but a business rule refuses it. */
        REJECTED,
        /** The input itself is invalid. */
        INVALID,
        /** The sender could not be trusted (a webhook's signature). */
        UNAUTHENTICATED
    }

    private final String code;
    private final Kind kind;

    protected DomainException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
