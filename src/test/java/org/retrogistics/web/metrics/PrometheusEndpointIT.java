package org.retrogistics.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;

/**
 * /actuator/prometheus (ADR 0028): closed without the operator's token, closed to a client's own tokens, and with the
 * token it shows the business metrics moving with what the API did. The health probes stay open.
 */
class PrometheusEndpointIT extends ApiTestSupport {

    @Test
    void metricsTakeTheOperatorsTokenAndNoClientToken() {
        Res anonymous = get("/actuator/prometheus", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.problemCode()).isEqualTo("unauthenticated");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");

        Tenant t = newTenant();
        // a client's administrator sees its own client; metrics add up every client, so its token does not reach them
        assertThat(get("/actuator/prometheus", t.admin()).status()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", t.token(Role.MANAGER)).problemCode())
                .isEqualTo("invalid-token");
        assertThat(get("/actuator/prometheus", METRICS_TOKEN + "x").status()).isEqualTo(401);
        assertThat(get("/actuator/info", null).status()).isEqualTo(401);

        Res scrape = get("/actuator/prometheus", METRICS_TOKEN);
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.contentType()).startsWith("text/plain");
    }

    @Test
    void businessMetricsFollowWhatTheApiDid() {
        Tenant t = newTenant();
        // a laptop over the review threshold: the return waits for review
        String order = placeOrder(t, 3, "laptop", 1);
        Res created =
                post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("status").asString()).isEqualTo("UNDER_REVIEW");
        // and a phone received at the dock: it waits for inspection
        receivedUnit(t, "phone", "DEFECTIVE");
        long underReview = count("select count(*) from return_request where status = 'UNDER_REVIEW'");

        // readings are cached for a few seconds: wait until a scrape shows them
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    String text = scrape();
                    assertThat(value(text, "retrogistics_returns", Map.of("status", "UNDER_REVIEW")))
                            .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo((double) underReview));
                    assertThat(value(text, "retrogistics_queue_size", Map.of("queue", "review")))
                            .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1.0));
                    assertThat(value(text, "retrogistics_queue_size", Map.of("queue", "inspection")))
                            .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1.0));
                });
        String text = scrape();
        // every status has its series, even at 0; the ages are seconds, not yet an hour old in a fresh test database
        assertThat(value(text, "retrogistics_returns", Map.of("status", "CLOSED")))
                .isPresent();
        for (String queue : new String[] {"review", "inspection", "workshop", "recycling"}) {
            assertThat(value(text, "retrogistics_queue_oldest_age_seconds", Map.of("queue", queue)))
                    .as(queue)
                    .hasValueSatisfying(v -> assertThat(v).isBetween(0.0, 3600.0));
        }
        assertThat(value(text, "retrogistics_queue_oldest_age_seconds", Map.of("queue", "review")))
                .hasValueSatisfying(v -> assertThat(v).isGreaterThan(0.0));
        assertThat(value(text, "retrogistics_outbox_incomplete", Map.of()))
                .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(0.0));
        assertThat(value(text, "retrogistics_outbox_lag_seconds", Map.of()))
                .hasValueSatisfying(v -> assertThat(v).isBetween(0.0, 3600.0));
        assertThat(value(text, "retrogistics_planner_run_seconds_count", Map.of()))
                .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(0.0));
    }

    @Test
    void healthProbesStayOpen() {
        Res liveness = get("/actuator/health/liveness", null);
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().path("status").asString()).isEqualTo("UP");
        Res readiness = get("/actuator/health/readiness", null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health", null).status()).isEqualTo(200);
    }

    private String scrape() {
        Res r = get("/actuator/prometheus", METRICS_TOKEN);
        assertThat(r.status()).isEqualTo(200);
        return r.body();
    }

    /** The value of the series with exactly these labels, if the scrape has it. */
    private static Optional<Double> value(String text, String name, Map<String, String> labels) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "(?:\\{([^}]*)\\})? (\\S+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(text);
        while (m.find()) {
            Map<String, String> found = new java.util.HashMap<>();
            if (m.group(1) != null) {
                Matcher kv = Pattern.compile("(\\w+)=\"([^\"]*)\"").matcher(m.group(1));
                while (kv.find()) {
                    found.put(kv.group(1), kv.group(2));
                }
            }
            if (found.equals(labels)) {
                return Optional.of(Double.parseDouble(m.group(2)));
            }
        }
        return Optional.empty();
    }
}
