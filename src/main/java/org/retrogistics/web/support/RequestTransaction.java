package org.retrogistics.web.support;

import org.springframework.transaction.TransactionStatus;

/**
 * The transaction that {@link IdempotencyFilter} opens around a keyed request, bound to the request's thread, so that
 * {@link ServiceCallFlush} knows when a service call returns into it. Never visible to another thread: listeners that
 * run after the commit run in transactions of their own.
 */
final class RequestTransaction {

    private static final ThreadLocal<RequestTransaction> CURRENT = new ThreadLocal<>();

    private final TransactionStatus status;
    private int depth;

    private RequestTransaction(TransactionStatus status) {
        this.status = status;
    }

    static void bind(TransactionStatus status) {
        CURRENT.set(new RequestTransaction(status));
    }

    static void unbind() {
        CURRENT.remove();
    }

    /** The request's transaction on this thread, or null. */
    static RequestTransaction current() {
        return CURRENT.get();
    }

    /** A service call starts; true if it is the outermost one (made by the web layer, not by another service). */
    boolean enter() {
        return depth++ == 0;
    }

    void exit() {
        depth--;
    }

    void markRollbackOnly() {
        status.setRollbackOnly();
    }
}
