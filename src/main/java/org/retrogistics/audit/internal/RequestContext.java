package org.retrogistics.audit.internal;

import org.retrogistics.access.Actor;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who the running request acts as and its id. The audit listeners run on the publishing thread, inside its
 * transaction (ADR 0022), so the request's principal and its logging MDC are still there; work in the background
 * (a listener of its own transaction, a scheduled job) has neither and is recorded as {@code system}.
 */
public final class RequestContext {

    /** The MDC key the web layer's request id filter sets (ADR 0028). */
    static final String REQUEST_ID = "requestId";

    private RequestContext() {}

    public static String actorName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return "system";
        }
        if (auth.getPrincipal() instanceof Actor actor) {
            return actor.name();
        }
        return auth.getName() == null || "anonymousUser".equals(auth.getName()) ? "system" : auth.getName();
    }

    public static String requestId() {
        return MDC.get(REQUEST_ID);
    }
}
