package org.retrogistics.web.support;

import jakarta.servlet.http.HttpServletRequest;
import org.retrogistics.access.Actor;
import org.retrogistics.audit.AuditCategory;
import org.retrogistics.audit.AuditRecord;
import org.retrogistics.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every sign-in, right or wrong, on the {@code org.retrogistics.signin} logger: the method (form, basic, token), the
 * user or token name, the source address and the outcome; never a password, a token's secret or its hash. Successes
 * are INFO and failures WARN, so that an operator may keep the failures only. Wrong credentials also count towards
 * the {@link SignInThrottle}.
 */
@Component
public class SignInEvents {

    private static final Logger LOG = LoggerFactory.getLogger("org.retrogistics.signin");
    private static final int MAX_LOGGED_NAME = 100;

    private final SignInThrottle throttle;
    private final AuditTrail audit;

    SignInEvents(SignInThrottle throttle, AuditTrail audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    /** The throttle's account for a user name. */
    static String userAccount(String username) {
        return "user:" + username;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        throttle.succeeded(userAccount(authentication.getName()));
        String method = method();
        // a console sign-in starts a session and is worth a line; Basic signs in on every API call, so its successes
        // are at DEBUG, like tokens', to keep a busy API's log to what matters (failures are always WARN)
        if (LOG.isDebugEnabled() || "form".equals(method)) {
            String line = "sign-in succeeded method={} user={} address={}";
            Object[] values = {method, printable(authentication.getName()), address(authentication)};
            if ("form".equals(method)) {
                LOG.info(line, values);
                audited(authentication);
            } else {
                LOG.debug(line, values);
            }
        }
    }

    /** A console session starts: the client's audit trail records it (ADR 0031); API calls sign in on every call. */
    private void audited(Authentication authentication) {
        if (authentication.getPrincipal() instanceof Actor actor) {
            audit.record(
                    new AuditRecord(
                            actor.clientId(),
                            AuditCategory.SIGN_IN,
                            "SIGNED_IN",
                            actor.name(),
                            null,
                            "method=form address=" + address(authentication)),
                    actor.name());
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication authentication = event.getAuthentication();
        String address = address(authentication);
        // only wrong credentials count: a database out of reach says nothing about them
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            throttle.failed(userAccount(authentication.getName()), address);
        }
        LOG.warn(
                "sign-in failed method={} user={} address={} reason={}",
                method(),
                printable(authentication.getName()),
                address,
                event.getException().getClass().getSimpleName());
    }

    /** A known, active token. */
    void tokenAccepted(Actor actor, String address) {
        LOG.debug(
                "sign-in succeeded method=token token={} client={} address={}",
                printable(actor.name()),
                actor.clientId().value(),
                address);
    }

    /** An unknown or revoked token: nothing of it is logged, it might be someone's mistyped secret. */
    void tokenRefused(String address) {
        throttle.failed(null, address);
        LOG.warn("sign-in failed method=token address={} reason=unknown-or-revoked-token", address);
    }

    /** An attempt refused unchecked because its account is locked or its address has failed too often. */
    void throttled(String method, String name, String address, long retryAfterSeconds) {
        LOG.warn(
                "sign-in throttled method={} user={} address={} retry-after={}s",
                method,
                name == null ? "-" : printable(name),
                address,
                retryAfterSeconds);
    }

    private static String address(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        HttpServletRequest request = currentRequest();
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    private static String method() {
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return "unknown";
        }
        return Problems.isApi(request) ? "basic" : "form";
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    /** A name as the caller sent it, made safe for one log line: no control characters, bounded. */
    static String printable(String name) {
        if (name == null) {
            return "-";
        }
        String clean = name.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .limit(MAX_LOGGED_NAME)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return '"' + clean.replace("\"", "'") + '"';
    }
}
