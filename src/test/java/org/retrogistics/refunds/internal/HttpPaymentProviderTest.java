package org.retrogistics.refunds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retrogistics.refunds.LineTerms;
import org.retrogistics.refunds.MoneyMovement;
import org.retrogistics.refunds.MovementKind;
import org.retrogistics.refunds.MovementStatus;
import org.retrogistics.refunds.PaymentProvider.Payout;
import org.retrogistics.refunds.PaymentProvider.PayoutResult;
import org.retrogistics.refunds.RefundsSettings;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.shared.Money;

/**
 * The HTTP payment adapter against a stand-in provider started here on 127.0.0.1: the request it sends, a failure
 * answered as a failure (never an exception), and a retry with the same idempotency key paid once.
 */
class HttpPaymentProviderTest {

    private HttpServer server;
    private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> paidByKey = new ConcurrentHashMap<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger payouts = new AtomicInteger();

    @BeforeEach
    void standInProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/payouts", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            requests.add(Map.of(
                    "method", exchange.getRequestMethod(),
                    "auth", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                    "key", String.valueOf(key),
                    "body", body));
            int status;
            String answer;
            if (!"Bearer sk_test_123".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                status = 401;
                answer = "{\"error\":\"bad key\"}";
            } else if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = 503;
                answer = "{\"error\":\"try later\"}";
            } else {
                status = 201;
                String id = paidByKey.computeIfAbsent(key, k -> "po_" + payouts.incrementAndGet());
                answer = "{\"id\":\"" + id + "\",\"status\":\"paid\"}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpPaymentProvider provider(String apiKey) {
        return new HttpPaymentProvider(new RefundsSettings.Provider(
                "http", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", apiKey, Duration.ofSeconds(5)));
    }

    private static Payout payout(String key) {
        return new Payout(
                UUID.randomUUID(),
                UUID.randomUUID(),
                key,
                MovementKind.REFUND_TO_ORIGINAL,
                Money.of("50.14", "USD"),
                "sam@example.com",
                "RMA-00000007",
                1);
    }

    @Test
    void aPayoutCarriesTheKeyTheAmountAsTextAndTheApiKey() {
        PayoutResult result = provider("sk_test_123").pay(payout("rtg-mm-1"));
        assertThat(result.done()).isTrue();
        assertThat(result.reference()).isEqualTo("po_1");
        Map<String, String> sent = requests.get(0);
        assertThat(sent.get("method")).isEqualTo("POST");
        assertThat(sent.get("auth")).isEqualTo("Bearer sk_test_123");
        assertThat(sent.get("key")).isEqualTo("rtg-mm-1");
        assertThat(sent.get("body"))
                .contains("\"amount\":\"50.14\"")
                .contains("\"currency\":\"USD\"")
                .contains("\"direction\":\"OUT\"");
    }

    @Test
    void aFailureIsAnsweredAndARetryWithTheSameKeyPaysOnce() {
        failuresLeft.set(1);
        HttpPaymentProvider http = provider("sk_test_123");
        PayoutResult first = http.pay(payout("rtg-mm-2"));
        assertThat(first.done()).isFalse();
        assertThat(first.failure()).contains("503").contains("try later");
        PayoutResult retried = http.pay(payout("rtg-mm-2"));
        assertThat(retried.done()).isTrue();
        // the provider saw the same key on both attempts; a replay of the key is the same payout
        PayoutResult again = http.pay(payout("rtg-mm-2"));
        assertThat(again.reference()).isEqualTo(retried.reference());
        assertThat(requests).extracting(r -> r.get("key")).containsOnly("rtg-mm-2");
        assertThat(payouts.get()).isEqualTo(1);
    }

    @Test
    void aMovementFailsOnTheProvidersRefusalAndARetryIssuesIt() {
        failuresLeft.set(1);
        HttpPaymentProvider http = provider("sk_test_123");
        MoneyMovement m = new MoneyMovement(new MoneyMovement.Draft(
                UUID.randomUUID(),
                UUID.randomUUID(),
                new LineTerms(
                        UUID.randomUUID(),
                        "RMA-00000009",
                        UUID.randomUUID(),
                        1,
                        "sam@example.com",
                        ReturnReason.DEFECTIVE,
                        Resolution.REFUND,
                        Money.of("80.00", "USD"),
                        1,
                        Money.of("0", "USD"),
                        true,
                        null,
                        null),
                MovementKind.REFUND_TO_ORIGINAL,
                Money.of("80.00", "USD"),
                1,
                List.of(),
                "ON_RECEIPT",
                null,
                Instant.now()));
        attempt(http, m);
        assertThat(m.getStatus()).isEqualTo(MovementStatus.FAILED);
        assertThat(m.getFailureReason()).contains("503");
        m.retry(Instant.now());
        attempt(http, m);
        assertThat(m.getStatus()).isEqualTo(MovementStatus.ISSUED);
        assertThat(m.getProviderRef()).isEqualTo("po_1");
        assertThat(requests).extracting(r -> r.get("key")).containsOnly(m.getIdempotencyKey());
    }

    /** What the service does with the provider's answer. */
    private static void attempt(HttpPaymentProvider http, MoneyMovement m) {
        PayoutResult result = http.pay(new Payout(
                m.getClientId(),
                m.getId(),
                m.getIdempotencyKey(),
                m.getKind(),
                m.money(),
                m.getCustomerEmail(),
                m.getRmaNumber(),
                m.getLineNo()));
        if (result.done()) {
            m.issue(result.reference(), Instant.now());
        } else {
            m.fail(result.failure(), Instant.now());
        }
    }

    @Test
    void aWrongKeyAndAnUnreachableProviderAreFailuresNotExceptions() {
        assertThat(provider("wrong").pay(payout("rtg-mm-3")).failure()).contains("401");
        int port = server.getAddress().getPort();
        server.stop(0);
        PayoutResult down = new HttpPaymentProvider(new RefundsSettings.Provider(
                        "http", "http://127.0.0.1:" + port + "/v1", "sk_test_123", Duration.ofSeconds(2)))
                .pay(payout("rtg-mm-4"));
        assertThat(down.done()).isFalse();
        assertThat(down.failure()).startsWith("provider not reached");
    }
}
