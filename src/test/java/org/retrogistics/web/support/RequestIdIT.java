package org.retrogistics.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Every answer carries a request id (ADR 0028): the caller's X-Request-Id when it is short and plain, else a new one;
 * problem+json bodies carry the same id, and so do the log lines written while the request runs.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestIdIT extends ApiTestSupport {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void theCallersIdIsEchoedAndOneIsMadeWhenAbsent() {
        Tenant t = newTenant();
        Res given = send(withId("/api/returns", "shop-7f3a:order.42_retry-1"), t.token(Role.AGENT));
        assertThat(given.status()).isEqualTo(200);
        assertThat(given.header("X-Request-Id")).isEqualTo("shop-7f3a:order.42_retry-1");

        Res none = get("/api/returns", t.token(Role.AGENT));
        assertThat(none.header("X-Request-Id")).matches(UUID);
        assertThat(get("/api/returns", t.token(Role.AGENT)).header("X-Request-Id"))
                .isNotEqualTo(none.header("X-Request-Id"));
        // pages and probes too, not only the API
        assertThat(get("/actuator/health", null).header("X-Request-Id")).matches(UUID);
    }

    @Test
    void anIdThatIsLongOrNotPlainIsReplaced() {
        Tenant t = newTenant();
        for (String bad : new String[] {"a".repeat(65), "two words", "quote\"d", "semi;colon", "<script>"}) {
            Res r = send(withId("/api/returns", bad), t.token(Role.AGENT));
            assertThat(r.status()).as(bad).isEqualTo(200);
            assertThat(r.header("X-Request-Id")).as(bad).matches(UUID);
        }
    }

    @Test
    void problemsCarryTheId() {
        Tenant t = newTenant();
        // a refusal by the security chain, before any controller
        Res unauthenticated = send(withId("/api/returns", "req-401"), null);
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.json().path("requestId").asString()).isEqualTo("req-401");
        // a controller's domain refusal
        Res missing = send(withId("/api/returns/" + java.util.UUID.randomUUID(), "req-404"), t.token(Role.AGENT));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("requestId").asString()).isEqualTo("req-404");
        // no endpoint at all: answered on the error dispatch, after the first pass has left
        Res nowhere = send(withId("/api/no-such-thing", "req-nowhere"), t.token(Role.AGENT));
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.header("X-Request-Id")).isEqualTo("req-nowhere");
        assertThat(nowhere.json().path("requestId").asString()).isEqualTo("req-nowhere");
        // the framework's own problems (here 405)
        Res method = send(
                HttpRequest.newBuilder(uri("/api/returns"))
                        .header("X-Request-Id", "req-405")
                        .method("PATCH", HttpRequest.BodyPublishers.noBody()),
                t.token(Role.AGENT));
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.json().path("requestId").asString()).isEqualTo("req-405");
        // a generated id is in the body as in the header
        Res generated = get("/api/returns/" + java.util.UUID.randomUUID(), t.token(Role.AGENT));
        assertThat(generated.json().path("requestId").asString()).isEqualTo(generated.header("X-Request-Id"));
    }

    @Test
    void theRequestsLogLinesCarryTheId(CapturedOutput output) {
        // a wrong token is logged (without the token) while the request runs
        Res refused = send(withId("/api/returns", "req-log-5e1f"), "rtg_not_a_token");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(output.getOut()).containsPattern("\\[req-log-5e1f\\] .*sign-in failed method=token");
    }

    private HttpRequest.Builder withId(String path, String id) {
        return HttpRequest.newBuilder(uri(path)).header("X-Request-Id", id).GET();
    }
}
