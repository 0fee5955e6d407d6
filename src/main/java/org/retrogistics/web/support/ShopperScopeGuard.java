package org.retrogistics.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.access.ShopperScope;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.shared.NotFound;
import org.retrogistics.transport.ShipmentManagement;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Holds a customer to its own shopper's records on the API paths that other modules serve under a return (its
 * resolutions, its label) or a shipment (tracking, the label PDF): before the handler runs, the return they hang from
 * must pass {@link ReturnManagement#get(Actor, UUID)}, the same ownership check the returns endpoints use. Pickups are
 * a business site's, never a shopper's, so a customer reads none. Staff pass untouched.
 */
class ShopperScopeGuard implements HandlerInterceptor {

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;
    private static final PathPattern RETURN = PARSER.parse("/api/returns/{id}/**");
    private static final PathPattern SHIPMENT = PARSER.parse("/api/shipments/{tracking}/**");
    private static final PathPattern PICKUP = PARSER.parse("/api/pickups/{id}/**");

    private final ReturnManagement returns;
    private final ShipmentManagement shipments;

    ShopperScopeGuard(ReturnManagement returns, ShipmentManagement shipments) {
        this.returns = returns;
        this.shipments = shipments;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Actor actor) || !ShopperScope.limits(actor)) {
            return true;
        }
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        String returnId = variable(RETURN, path, "id");
        if (returnId != null) {
            UUID id = uuidOrNull(returnId);
            if (id != null) {
                returns.get(actor, id);
            }
            return true;
        }
        String tracking = variable(SHIPMENT, path, "tracking");
        if (tracking != null) {
            UUID owner = shipments.snapshot(actor.clientId(), tracking).returnId();
            try {
                returns.get(actor, owner);
            } catch (NotFound e) {
                throw new NotFound("shipment", tracking);
            }
            return true;
        }
        String pickup = variable(PICKUP, path, "id");
        if (pickup != null && "GET".equals(request.getMethod())) {
            throw new NotFound("pickup", pickup);
        }
        return true;
    }

    private static String variable(PathPattern pattern, PathContainer path, String name) {
        PathPattern.PathMatchInfo match = pattern.matchAndExtract(path);
        if (match == null) {
            return null;
        }
        Map<String, String> variables = match.getUriVariables();
        return variables.get(name);
    }

    private static UUID uuidOrNull(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null; // eligibility, by-rma, return-to-sender: checked inside the returns module
        }
    }
}
