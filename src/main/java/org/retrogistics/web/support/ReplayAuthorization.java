package org.retrogistics.web.support;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Asks the endpoint's own role rule ({@code @PreAuthorize} on the controller method or class) before a stored answer
 * is replayed: a replay answers as the endpoint would, so it must be refused to whoever the endpoint refuses. Keys are
 * scoped to the principal as well, so a replay never crosses principals; this check adds that a principal whose roles
 * no longer allow the call does not get its old answer either.
 */
final class ReplayAuthorization {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();

    ReplayAuthorization(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    /** False if the endpoint's rule refuses the caller, or if it cannot be evaluated. */
    boolean allows(HttpServletRequest request, Authentication caller) {
        HandlerMethod handler;
        try {
            handler = handler(request);
        } catch (Exception e) {
            return false;
        }
        if (handler == null) {
            return true; // no endpoint: the URL rules of the security chain, which already passed, are all there is
        }
        try {
            AuthorizationResult result = preAuthorize.authorize(
                    () -> caller,
                    new SimpleMethodInvocation(
                            handler.getBean(),
                            handler.getMethod(),
                            new Object[handler.getMethod().getParameterCount()]));
            return result == null || result.isGranted();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private HandlerMethod handler(HttpServletRequest request) throws Exception {
        Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mappings.getObject().getHandler(request);
            return chain != null && chain.getHandler() instanceof HandlerMethod method ? method : null;
        } finally {
            if (previous == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            } else {
                request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previous);
            }
        }
    }
}
