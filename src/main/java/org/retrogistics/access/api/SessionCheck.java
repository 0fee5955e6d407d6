package org.retrogistics.access.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.retrogistics.access.AccessManagement;
import org.retrogistics.access.Actor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a console session whose user was disabled, or whose roles or password changed, since signing in: the request
 * that finds it is sent to the sign-in page. The user's state is read at most once a second per user and instance
 * ({@code retrogistics.access.session-check-ttl}), so this holds on every instance without a shared session registry
 * (ADR 0013). API calls carry their credentials on every request and are checked as they arrive.
 */
class SessionCheck extends OncePerRequestFilter {

    private final AccessManagement access;

    SessionCheck(AccessManagement access) {
        this.access = access;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null
                && auth != null
                && auth.getPrincipal() instanceof Actor actor
                && !access.sessionStillValid(actor)) {
            SecurityContextHolder.clearContext();
            session.invalidate();
            String login = request.getContextPath() + "/login?expired";
            if (request.getHeader("HX-Request") != null) {
                // htmx would swap the sign-in page into a fragment: have it load the page instead
                response.setHeader("HX-Redirect", login);
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(login);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<SessionCheck> sessionCheck(AccessManagement access) {
            FilterRegistrationBean<SessionCheck> registration = new FilterRegistrationBean<>(new SessionCheck(access));
            registration.setOrder(-90); // after Spring Security (-100), which has restored the session's sign-in
            return registration;
        }
    }
}
