package org.retrogistics.web.support;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.retrogistics.access.AuthorizationMatrix;
import org.retrogistics.access.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The API chain's URL rules, one per row of the {@link AuthorizationMatrix}: its method and path template, and the
 * roles it names (or no credential for a public row). A request no row matches is refused when an endpoint would serve
 * it, so an operation missing from the matrix cannot be called by anyone; when no endpoint would (an unknown path, a
 * method the path does not take), it only needs credentials and gets the 404 or 405 that says so.
 */
final class MatrixAuthorization {

    private MatrixAuthorization() {}

    static void apply(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry registry,
            AuthorizationMatrix matrix,
            ApplicationContext context) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        // the async dispatch that finishes a streamed answer (server-sent events) carries no credentials in a
        // stateless chain; its request was judged by its row on the first dispatch
        registry.dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll();
        for (AuthorizationMatrix.Rule rule : mostSpecificFirst(matrix)) {
            var url = registry.requestMatchers(paths.matcher(
                    HttpMethod.valueOf(rule.operation().method()),
                    rule.operation().path()));
            if (rule.open()) {
                url.permitAll();
            } else {
                url.hasAnyRole(rule.roles().stream().sorted().map(Role::name).toArray(String[]::new));
            }
        }
        registry.anyRequest()
                .access(new Unlisted(
                        () -> context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)));
    }

    /**
     * The first matching rule decides, so rows are tried in the order Spring MVC prefers their patterns: where two
     * templates fit one path ({@code GET /api/returns/by-rma/units} fits {@code /api/returns/by-rma/{rmaNumber}} and
     * {@code /api/returns/{id}/units}), the request is judged by the row of the endpoint that will serve it.
     */
    static List<AuthorizationMatrix.Rule> mostSpecificFirst(AuthorizationMatrix matrix) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        Comparator<AuthorizationMatrix.Rule> specificity =
                Comparator.comparing(r -> parser.parse(r.operation().path()), PathPattern.SPECIFICITY_COMPARATOR);
        return matrix.rules().stream()
                .sorted(specificity.thenComparing(AuthorizationMatrix.Rule::operation))
                .toList();
    }

    /** Deny by default: an endpoint the matrix does not list is refused; no endpoint at all is MVC's to answer. */
    static final class Unlisted implements AuthorizationManager<RequestAuthorizationContext> {

        private final Supplier<RequestMappingHandlerMapping> mappings;
        private final AuthenticatedAuthorizationManager<RequestAuthorizationContext> authenticated =
                AuthenticatedAuthorizationManager.authenticated();

        Unlisted(Supplier<RequestMappingHandlerMapping> mappings) {
            this.mappings = mappings;
        }

        @Override
        public AuthorizationResult authorize(
                Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
            if (served(context.getRequest())) {
                return new AuthorizationDecision(false);
            }
            return authenticated.authorize(authentication, context);
        }

        private boolean served(HttpServletRequest request) {
            Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
            ServletRequestPathUtils.parseAndCache(request);
            try {
                HandlerExecutionChain chain = mappings.get().getHandler(request);
                return chain != null;
            } catch (HttpRequestMethodNotSupportedException e) {
                return false; // the path exists, not with this method: a 405 follows
            } catch (Exception e) {
                return true; // an endpoint matched but could not be settled (media type, parameters): refuse
            } finally {
                if (previous == null) {
                    ServletRequestPathUtils.clearParsedRequestPath(request);
                } else {
                    request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previous);
                }
            }
        }
    }
}
