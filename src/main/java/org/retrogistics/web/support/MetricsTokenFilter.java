package org.retrogistics.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the operator's scrape token on the actuator endpoints (ADR 0028): the principal "metrics" with the
 * single authority {@value #AUTHORITY}. A wrong bearer is a 401 and counts against its address like a wrong API token.
 */
class MetricsTokenFilter extends OncePerRequestFilter {

    static final String AUTHORITY = "METRICS_SCRAPE";

    private final byte[] expected;
    private final Problems problems;
    private final SignInEvents events;

    MetricsTokenFilter(MetricsSettings settings, Problems problems, SignInEvents events) {
        this.expected = settings.token() == null ? null : digest(settings.token());
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
        // digests of equal length, compared in constant time: the answer's timing says nothing of the token
        if (expected == null
                || !MessageDigest.isEqual(expected, digest(header.substring(7).strip()))) {
            events.tokenRefused(request.getRemoteAddr());
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            problems.write(
                    response,
                    Problems.of(
                            HttpStatus.UNAUTHORIZED,
                            "invalid-token",
                            "Invalid token",
                            "The metrics token is not the one configured"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "metrics", null, List.of(new SimpleGrantedAuthority(AUTHORITY))));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
