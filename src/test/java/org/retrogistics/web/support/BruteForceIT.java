package org.retrogistics.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.retrogistics.testing.ApiTestSupport;
import org.retrogistics.web.FormBrowser;
import org.retrogistics.web.LoopbackSource;
import org.retrogistics.web.LoopbackSource.Raw;
import org.retrogistics.web.TinyThrottle;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Guessing is slowed down: an account locks after 3 failures (2 s, then 4 s), a source address waits after 40; only
 * failures count, and every sign-in is logged without its secret. The limits are this test's own ({@link
 * TinyThrottle}); the tests from 127.0.0.1 stay well under the address limit, those that exhaust it come from other
 * loopback addresses.
 */
@TinyThrottle
@ExtendWith(OutputCaptureExtension.class)
class BruteForceIT extends ApiTestSupport {

    private static final int ADDRESS_FAILURES = 40;

    @Test
    void theConsoleSignInLocksAnAccountRefusesEvenTheRightPasswordThenUnlocks() {
        Tenant t = newTenant();
        String agent = t.code() + "-agent";
        FormBrowser browser = new FormBrowser(this::uri);
        for (int i = 0; i < 3; i++) {
            assertThat(browser.signIn(agent, "wrong-" + i)).endsWith("/login?error");
        }
        // locked: the right password and a wrong one get the same answer, and neither is checked
        String right = browser.signIn(agent, "secret-agent");
        String wrong = browser.signIn(agent, "wrong-again");
        assertThat(right).contains("/login?throttled=").isEqualTo(wrong);
        assertThat(browser.get(right.substring(right.indexOf("/login"))).body())
                .contains("Too many attempts: try again in 1 minute.");
        // another account is not locked with it
        assertThat(browser.signIn(t.code() + "-warehouse", "secret-warehouse")).endsWith("/console");

        // the lockout ends by itself; the first sign-in after it is let in
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(300))
                .until(() ->
                        new FormBrowser(this::uri).signIn(agent, "secret-agent").endsWith("/console"));
    }

    @Test
    void basicFailuresLockTheAccountWithAGrowingDelayAnswered429ProblemJson() {
        Tenant t = newTenant();
        String user = t.code() + "-agent";
        for (int i = 0; i < 3; i++) {
            assertThat(basic(user, "wrong-" + i).status()).isEqualTo(401);
        }
        Res locked = basic(user, "secret-agent");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        assertThat(locked.problemCode()).isEqualTo("too-many-attempts");
        long first = Long.parseLong(locked.header("Retry-After"));
        assertThat(first).isBetween(1L, 2L);
        Res lockedWrong = basic(user, "wrong-again");
        assertThat(lockedWrong.status()).isEqualTo(429);
        assertThat(lockedWrong.problemCode()).isEqualTo("too-many-attempts");

        // once the lockout is over, one more failure locks it again, for twice as long
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> basic(user, "wrong-after").status() == 401);
        Res again = basic(user, "secret-agent");
        assertThat(again.status()).isEqualTo(429);
        assertThat(Long.parseLong(again.header("Retry-After"))).isBetween(3L, 4L);

        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> basic(user, "secret-agent").status() == 200);
        // a success forgets the failures: a slip afterwards does not lock
        assertThat(basic(user, "one-slip").status()).isEqualTo(401);
        assertThat(basic(user, "secret-agent").status()).isEqualTo(200);
    }

    @Test
    void anAddressThatFailsTooOftenWaitsWhateverTheUserNameAndOthersDoNot() {
        Tenant t = newTenant();
        String agent = basicHeader(t.code() + "-agent", "secret-agent");
        for (int i = 0; i < ADDRESS_FAILURES; i++) {
            String unknown = basicHeader("nobody-" + UUID.randomUUID(), "guess");
            assertThat(from("127.0.0.2", "/api/client", unknown).status()).isEqualTo(401);
        }
        Raw refused = from("127.0.0.2", "/api/client", agent);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("content-type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("too-many-attempts");
        assertThat(Long.parseLong(refused.header("retry-after"))).isPositive();
        // the same user from another address is let in
        assertThat(from("127.0.0.1", "/api/client", agent).status()).isEqualTo(200);
    }

    @Test
    void unknownTokensFromOneAddressAreThrottledThere() {
        Tenant t = newTenant();
        for (int i = 0; i < ADDRESS_FAILURES; i++) {
            Raw wrong = from("127.0.0.3", "/api/client", "Bearer rtg_guess-" + i);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body()).contains("invalid-token");
        }
        Raw refused = from("127.0.0.3", "/api/client", "Bearer " + t.admin());
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("content-type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("too-many-attempts");
        assertThat(Long.parseLong(refused.header("retry-after"))).isPositive();
        assertThat(get("/api/client", t.admin()).status()).isEqualTo(200);
    }

    @Test
    void successfulSignInsAreNeverThrottled() {
        Tenant t = newTenant();
        for (int i = 0; i < 100; i++) {
            assertThat(basic(t.code() + "-warehouse", "secret-warehouse").status())
                    .as("Basic sign-in %d", i)
                    .isEqualTo(200);
            assertThat(get("/api/client", t.admin()).status()).as("token %d", i).isEqualTo(200);
        }
    }

    @Test
    void signInsAreLoggedWithUserAddressAndOutcomeButNoSecret(CapturedOutput output) throws Exception {
        Tenant t = newTenant();
        String user = t.code() + "-agent";
        String wrongPassword = "Wr0ng-" + UUID.randomUUID();
        assertThat(basic(user, wrongPassword).status()).isEqualTo(401);
        assertThat(basic(user, "secret-agent").status()).isEqualTo(200);
        String unknownToken = "rtg_unknown-" + UUID.randomUUID();
        assertThat(get("/api/client", unknownToken).status()).isEqualTo(401);
        assertThat(get("/api/client", t.admin()).status()).isEqualTo(200);
        assertThat(new FormBrowser(this::uri).signIn(user, wrongPassword)).endsWith("/login?error");

        String log = output.getAll();
        assertThat(log)
                .contains("sign-in failed method=basic user=\"" + user + "\" address=127.0.0.1 reason=")
                .contains("sign-in succeeded method=basic user=\"" + user + "\" address=127.0.0.1")
                .contains("sign-in failed method=token address=127.0.0.1 reason=unknown-or-revoked-token")
                .contains("sign-in succeeded method=token token=\"token:admin\" client=" + t.id().value())
                .contains("sign-in failed method=form user=\"" + user + "\" address=127.0.0.1");
        assertThat(log)
                .doesNotContain(wrongPassword)
                .doesNotContain("secret-agent")
                .doesNotContain(unknownToken)
                .doesNotContain(t.admin())
                .doesNotContain(sha256(t.admin()))
                .doesNotContain(sha256(unknownToken));
    }

    private Res basic(String user, String password) {
        return send(
                HttpRequest.newBuilder(uri("/api/client"))
                        .header("Authorization", basicHeader(user, password))
                        .GET(),
                null);
    }

    private static String basicHeader(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private Raw from(String source, String path, String authorization) {
        return LoopbackSource.get(source, port, path, authorization);
    }
}
