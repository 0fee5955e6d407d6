package org.retrogistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The database goes away and comes back: the application talks to PostgreSQL through a loopback proxy that the test
 * cuts. Requests must fail within 3 s with 503 problem+json and Retry-After, health and readiness report DOWN within 5 s
 * (liveness stays UP), and both come back by themselves once the database is reachable again.
 */
@Import(DatabaseOutageIT.Probes.class)
class DatabaseOutageIT extends ApiTestSupport {

    private static final TcpProxy PROXY =
            new TcpProxy(EmbeddedPostgresDefault.server().getPort());

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:postgresql://127.0.0.1:" + PROXY.port() + "/" + EmbeddedPostgresDefault.DATABASE);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void closeProxy() {
        PROXY.restore();
    }

    /** Endpoints for this test only: one that reads the database in a controller, one that fails unexpectedly. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Probes {
        @Bean
        ProbeController outageProbe(JdbcClient jdbc) {
            return new ProbeController(jdbc);
        }

        /** The authorization matrix refuses endpoints it does not list, so the probes open their own door. */
        @Bean
        @Order(0)
        SecurityFilterChain outageProbes(HttpSecurity http) throws Exception {
            return http.securityMatcher("/api/carrier-events/outage-probe/**")
                    .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                    .csrf(c -> c.disable())
                    .build();
        }
    }

    @RestController
    static class ProbeController {
        private final JdbcClient jdbc;

        ProbeController(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        // open to anyone, like the carrier events: the controller is the first to reach the database
        @GetMapping("/api/carrier-events/outage-probe/db")
        Map<String, Object> db() {
            return Map.of("one", jdbc.sql("select 1").query(Integer.class).single());
        }

        @GetMapping("/api/carrier-events/outage-probe/bug")
        Map<String, Object> bug() {
            throw new IllegalStateException("a bug");
        }
    }

    @Test
    void anUnexpectedFailureIsAProblemToo() {
        Res r = get("/api/carrier-events/outage-probe/bug", null);
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.problemCode()).isEqualTo("internal-error");
        assertThat(r.body()).doesNotContain("a bug").doesNotContain("IllegalStateException");
    }

    @Test
    void failsFastWhileTheDatabaseIsAwayAndRecoversByItself() {
        Tenant t = newTenant();
        String basic = "Basic " + Base64.getEncoder().encodeToString((t.code() + "-agent:secret-agent").getBytes());
        assertThat(get("/api/orders", t.token(Role.AGENT)).status()).isEqualTo(200);
        assertThat(get("/actuator/health", null).status()).isEqualTo(200);

        PROXY.cut();
        long toDown;
        try {
            // a token, user credentials, and a controller's own query: each a fast 503 that says when to retry
            List<Supplier<Res>> calls = List.of(
                    () -> get("/api/orders", t.token(Role.AGENT)),
                    () -> send(
                            HttpRequest.newBuilder(uri("/api/returns"))
                                    .header("Authorization", basic)
                                    .GET(),
                            null),
                    () -> get("/api/carrier-events/outage-probe/db", null),
                    () -> post(
                            "/api/orders", t.token(Role.AGENT), Map.of("orderNumber", "X"), "Idempotency-Key", "o-1"));
            long worst = 0;
            for (Supplier<Res> call : calls) {
                long start = System.nanoTime();
                Res r = call.get();
                worst = Math.max(
                        worst, Duration.ofNanos(System.nanoTime() - start).toMillis());
                assertThat(r.status()).as(r.body()).isEqualTo(503);
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.problemCode()).isEqualTo("database-unavailable");
                assertThat(r.header("Retry-After")).isEqualTo("5");
            }
            assertThat(worst).as("slowest 503 (ms)").isLessThan(3000);
            System.out.println("OUTAGE slowest request to 503: " + worst + " ms");

            long downFrom = System.nanoTime();
            Res health = pollUntil("/actuator/health", r -> r.status() == 503, Duration.ofSeconds(5));
            toDown = Duration.ofNanos(System.nanoTime() - downFrom).toMillis();
            assertThat(health.json().path("status").asString()).isEqualTo("DOWN");
            assertThat(get("/actuator/health/readiness", null).status()).isEqualTo(503);
            assertThat(get("/actuator/health/liveness", null).status()).isEqualTo(200);
            System.out.println("OUTAGE health DOWN after: " + toDown + " ms");
        } finally {
            PROXY.restore();
        }
        long upFrom = System.nanoTime();
        pollUntil("/actuator/health", r -> r.status() == 200, Duration.ofSeconds(10));
        long toUp = Duration.ofNanos(System.nanoTime() - upFrom).toMillis();
        System.out.println("OUTAGE health UP again after: " + toUp + " ms");
        assertThat(get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(get("/api/orders", t.token(Role.AGENT)).status()).isEqualTo(200);
    }

    /** Asks until the answer fits or the deadline passes (each answer itself is bounded by the pool's timeout). */
    private Res pollUntil(String path, Predicate<Res> done, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        Res last;
        do {
            last = get(path, null);
            if (done.test(last)) {
                return last;
            }
            Thread.onSpinWait();
        } while (System.nanoTime() < end);
        throw new AssertionError("not within " + deadline + ": " + last.status() + " " + last.body());
    }
}
