package org.retrogistics.web.support;

import org.retrogistics.access.AccessManagement;
import org.retrogistics.access.AuthorizationMatrix;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors: the API ({@code /api/**}) is stateless, with API tokens or HTTP Basic, and answers problem+json; the
 * console is behind a sign-in form with a session and CSRF protection. The customer portal and the API documentation
 * are open. The actuator has a chain of its own: open health probes, metrics behind the operator's token.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * The actuator: health and its probes are open (load balancers and orchestrators call them); everything else,
     * metrics first, takes the operator's scrape token (ADR 0028). Stateless, problem+json like the API.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(
            HttpSecurity http,
            MetricsSettings metrics,
            Problems problems,
            SignInThrottle throttle,
            SignInEvents signIns)
            throws Exception {
        return http.securityMatcher("/actuator/**")
                .headers(SecurityHeaders.api())
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasAuthority(MetricsTokenFilter.AUTHORITY))
                .addFilterBefore(new MetricsTokenFilter(metrics, problems, signIns), BasicAuthenticationFilter.class)
                .addFilterBefore(SignInThrottleFilter.api(throttle, signIns, problems), MetricsTokenFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> {
                            res.setHeader("WWW-Authenticate", "Bearer realm=\"retrogistics-metrics\"");
                            problems.write(
                                    res,
                                    Problems.of(
                                            HttpStatus.UNAUTHORIZED,
                                            "unauthenticated",
                                            "Authentication required",
                                            "Send the metrics token (Authorization: Bearer …)"));
                        })
                        .accessDeniedHandler((req, res, ex) -> problems.write(
                                res,
                                Problems.of(
                                        HttpStatus.FORBIDDEN,
                                        "forbidden",
                                        "Forbidden",
                                        "Only the metrics token reaches this endpoint"))))
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            AccessManagement access,
            Problems problems,
            SignInThrottle throttle,
            SignInEvents signIns)
            throws Exception {
        return http.securityMatcher("/api/**")
                .headers(SecurityHeaders.api())
                // every operation's roles come from the authorization matrix; an endpoint it does not list is refused
                .authorizeHttpRequests(a -> MatrixAuthorization.apply(
                        a, AuthorizationMatrix.standard(), http.getSharedObject(ApplicationContext.class)))
                .addFilterBefore(new ApiTokenFilter(access, problems, signIns), BasicAuthenticationFilter.class)
                .addFilterBefore(SignInThrottleFilter.api(throttle, signIns, problems), ApiTokenFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> unauthorized(problems, res, e)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> unauthorized(problems, res, ex))
                        .accessDeniedHandler((req, res, ex) -> problems.write(
                                res,
                                Problems.of(
                                        HttpStatus.FORBIDDEN,
                                        "forbidden",
                                        "Forbidden",
                                        "Your role does not allow this operation"))))
                .build();
    }

    private static void unauthorized(
            Problems problems, jakarta.servlet.http.HttpServletResponse res, RuntimeException cause)
            throws java.io.IOException {
        if (Problems.databaseUnavailable(cause)) {
            // the credentials could not be checked, not found wrong: say so, and when to retry
            problems.write(res, Problems.unavailableProblem());
            return;
        }
        res.setHeader("WWW-Authenticate", "Bearer, Basic realm=\"retrogistics\"");
        problems.write(
                res,
                Problems.of(
                        HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        "Authentication required",
                        "Send an API token (Authorization: Bearer …) or user credentials"));
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SignInThrottle throttle, SignInEvents signIns) throws Exception {
        return http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/",
                                "/portal/**",
                                "/login",
                                "/account/reset/**",
                                "/error",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                // a customer e-mail's unsubscribe link: a mail client's one-click POST (RFC 8058) carries no token;
                // the link's signature is its proof, and no session's authority is used (ADR 0030)
                .csrf(c -> c.ignoringRequestMatchers("/portal/*/unsubscribe"))
                .addFilterBefore(
                        SignInThrottleFilter.form(throttle, signIns), UsernamePasswordAuthenticationFilter.class)
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/console", true)
                        .permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                .headers(SecurityHeaders.pages())
                .build();
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestId() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(-300); // first of all: every later answer, a refusal too, carries the id
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(WebSettings settings, Problems problems) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(settings.maxRequestBytes(), problems));
        registration.setOrder(-200); // before Spring Security (-100): an oversize body is refused unread
        return registration;
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotency(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Problems problems,
            JsonMapper json,
            IdempotencySettings settings,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(new IdempotencyFilter(
                new IdempotencyStore(jdbc), transactions, new ReplayAuthorization(mappings), problems, json, settings));
        registration.setOrder(0); // after Spring Security: keys are scoped to the authenticated principal
        return registration;
    }
}
