package org.retrogistics.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.retrogistics.access.AccessManagement;
import org.retrogistics.access.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer rtg_…} API tokens; a wrong token is a 401, never a silent anonymous. Each
 * answer is logged, and a wrong token counts against its source address ({@link SignInEvents}).
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final AccessManagement access;
    private final Problems problems;
    private final SignInEvents events;

    ApiTokenFilter(AccessManagement access, Problems problems, SignInEvents events) {
        this.access = access;
        this.problems = problems;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Actor> actor;
        try {
            actor = access.authenticateToken(header.substring(7).strip());
        } catch (RuntimeException e) {
            if (!Problems.databaseUnavailable(e)) {
                throw e;
            }
            // the token cannot be checked while the database is out of reach: a retry later may well succeed
            problems.write(response, Problems.unavailableProblem());
            return;
        }
        if (actor.isEmpty()) {
            events.tokenRefused(request.getRemoteAddr());
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            problems.write(
                    response,
                    Problems.of(
                            HttpStatus.UNAUTHORIZED,
                            "invalid-token",
                            "Invalid token",
                            "The API token is unknown or revoked"));
            return;
        }
        events.tokenAccepted(actor.get(), request.getRemoteAddr());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                actor.get(), null, actor.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
