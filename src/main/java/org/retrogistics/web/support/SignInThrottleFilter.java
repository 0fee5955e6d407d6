package org.retrogistics.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt before its credentials are checked while its account is locked or its source address
 * has failed too often ({@link SignInThrottle}): the API answers 429 problem+json with Retry-After, the console's
 * sign-in form shows how long to wait. The answer is the same whether the credentials were right or not.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final SignInEvents events;
    private final Problems problems;
    private final boolean api;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    private SignInThrottleFilter(SignInThrottle throttle, SignInEvents events, Problems problems, boolean api) {
        this.throttle = throttle;
        this.events = events;
        this.problems = problems;
        this.api = api;
    }

    /** For the API: Basic credentials and Bearer tokens. */
    static SignInThrottleFilter api(SignInThrottle throttle, SignInEvents events, Problems problems) {
        return new SignInThrottleFilter(throttle, events, problems, true);
    }

    /** For the console: the sign-in form's POST. */
    static SignInThrottleFilter form(SignInThrottle throttle, SignInEvents events) {
        return new SignInThrottleFilter(throttle, events, null, false);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if (api) {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                if (refused("token", null, address, response)) {
                    return;
                }
            } else if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
                String username = username(request);
                if (username != null && refused("basic", username, address, response)) {
                    return;
                }
            }
        } else if ("POST".equals(request.getMethod()) && "/login".equals(path(request))) {
            String username = request.getParameter("username");
            Optional<Duration> wait =
                    throttle.retryAfter(username == null ? null : SignInEvents.userAccount(username), address);
            if (wait.isPresent()) {
                events.throttled("form", username, address, SignInThrottle.seconds(wait.get()));
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(SignInThrottle.seconds(wait.get())));
                response.sendRedirect(
                        request.getContextPath() + "/login?throttled=" + SignInThrottle.minutes(wait.get()));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean refused(String method, String username, String address, HttpServletResponse response)
            throws IOException {
        Optional<Duration> wait =
                throttle.retryAfter(username == null ? null : SignInEvents.userAccount(username), address);
        if (wait.isEmpty()) {
            return false;
        }
        long seconds = SignInThrottle.seconds(wait.get());
        events.throttled(method, username, address, seconds);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        problems.write(
                response,
                Problems.of(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-attempts",
                        "Too many attempts",
                        "Too many failed sign-ins: try again in " + seconds + " seconds"));
        return true;
    }

    private String username(HttpServletRequest request) {
        try {
            UsernamePasswordAuthenticationToken credentials = basic.convert(request);
            return credentials == null ? null : credentials.getName();
        } catch (AuthenticationException malformed) {
            return null; // Spring Security's own filter answers a malformed header
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
