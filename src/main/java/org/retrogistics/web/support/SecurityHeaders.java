package org.retrogistics.web.support;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The response headers of every answer (docs/adr/0015): a Content-Security-Policy without inline script or style,
 * Referrer-Policy, Permissions-Policy, and HSTS on secure requests (over TLS, or behind a TLS proxy that says
 * {@code X-Forwarded-Proto: https}). Spring Security's defaults stay: {@code X-Content-Type-Options: nosniff},
 * {@code X-Frame-Options: DENY} and no caching of authenticated answers.
 */
final class SecurityHeaders {

    /** Pages: scripts, styles, fonts and fetches from this origin only; htmx runs without eval (layout.html). */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'; form-action 'self'";

    /**
     * Swagger UI only: its bundle inserts a {@code <style>} element, which {@code style-src 'self'} refuses. Its
     * scripts still come from this origin, so no inline script runs here either.
     */
    static final String API_DOCS_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /** JSON answers load nothing and are never framed. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** Powerful browser features none of our pages use. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    static final long HSTS_MAX_AGE_SECONDS = 31_536_000; // one year

    private SecurityHeaders() {}

    /** For the API chain. */
    static Customizer<HeadersConfigurer<HttpSecurity>> api() {
        return headers -> common(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY));
    }

    /** For the pages chain: the strict policy everywhere but under Swagger UI. */
    static Customizer<HeadersConfigurer<HttpSecurity>> pages() {
        RequestMatcher apiDocs = new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));
        return headers -> common(headers)
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        apiDocs, new ContentSecurityPolicyHeaderWriter(API_DOCS_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(apiDocs), new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)));
    }

    private static HeadersConfigurer<HttpSecurity> common(HeadersConfigurer<HttpSecurity> headers) {
        return headers.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
                .frameOptions(f -> f.deny())
                // Spring Security's default matcher sends it only on secure requests, where browsers honour it
                .httpStrictTransportSecurity(
                        h -> h.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true));
    }
}
