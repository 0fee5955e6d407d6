package org.retrogistics.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;

/** Retries never duplicate, and concurrent requests never return more than was delivered or lose an update. */
class IdempotencyAndConcurrencyIT extends ApiTestSupport {

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndCreatesNothingNew() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "phone", 2);
        Map<String, Object> body = returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND"));
        Res first = post("/api/returns", t.token(Role.CUSTOMER), body, "Idempotency-Key", "retry-1");
        Res again = post("/api/returns", t.token(Role.CUSTOMER), body, "Idempotency-Key", "retry-1");
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.json().path("rmaNumber").asString())
                .isEqualTo(first.json().path("rmaNumber").asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(count("select count(*) from return_request where client_id = ?", t.id().value()))
                .isEqualTo(1);

        Res otherBody = post(
                "/api/returns",
                t.token(Role.CUSTOMER),
                returnOf(line(order, 1, 1, "DEFECTIVE", "REPAIR")),
                "Idempotency-Key",
                "retry-1");
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.problemCode()).isEqualTo("idempotency-key-reused");

        Res newKey = post("/api/returns", t.token(Role.CUSTOMER), body, "Idempotency-Key", "retry-2");
        assertThat(newKey.status()).isEqualTo(201);
        assertThat(count("select count(*) from return_request where client_id = ?", t.id().value()))
                .isEqualTo(2);
    }

    @Test
    void keysBelongToOneClient() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        Res fromA = post(
                "/api/returns",
                a.token(Role.CUSTOMER),
                returnOf(line(placeOrder(a, 3, "shirt", 1), 1, 1, "SIZE_FIT", "EXCHANGE")),
                "Idempotency-Key",
                "shared-key");
        Res fromB = post(
                "/api/returns",
                b.token(Role.CUSTOMER),
                returnOf(line(placeOrder(b, 3, "shirt", 1), 1, 1, "SIZE_FIT", "EXCHANGE")),
                "Idempotency-Key",
                "shared-key");
        assertThat(fromA.status()).isEqualTo(201);
        assertThat(fromB.status()).isEqualTo(201);
        assertThat(fromB.header("Idempotency-Replayed")).isNull();
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOneReturn() throws Exception {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "phone", 2);
        Map<String, Object> body = returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND"));
        List<Res> answers =
                concurrently(8, () -> post("/api/returns", t.token(Role.CUSTOMER), body, "Idempotency-Key", "burst"));
        assertThat(count("select count(*) from return_request where client_id = ?", t.id().value()))
                .isEqualTo(1);
        assertThat(answers).allSatisfy(r -> assertThat(r.status()).isIn(201, 409));
        assertThat(answers).anySatisfy(r -> assertThat(r.status()).isEqualTo(201));
        // a retry that met the first one running is told so, and when to come back; the first one kept its key
        assertThat(answers.stream().filter(r -> r.status() == 409)).allSatisfy(r -> {
            assertThat(r.problemCode()).isEqualTo("idempotency-key-in-use");
            assertThat(r.header("Retry-After")).isNotNull();
        });
        assertThat(answers.stream()
                        .filter(r -> r.status() == 201)
                        .map(r -> r.json().path("id").asString())
                        .distinct())
                .hasSize(1);
        assertThat(count("select count(*) from idempotency_record where client_id = ?", t.id().value()))
                .isEqualTo(1);
    }

    @Test
    void concurrentReturnsOfOneLineNeverExceedWhatWasDelivered() throws Exception {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "shirt", 3);
        List<Res> answers = concurrently(
                10,
                () -> post(
                        "/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "SIZE_FIT", "EXCHANGE"))));
        assertThat(answers.stream().filter(r -> r.status() == 201)).hasSize(3);
        assertThat(answers.stream().filter(r -> r.status() != 201))
                .hasSize(7)
                .allSatisfy(r -> assertThat(r.problemCode()).isEqualTo("return-quantity-exceeded"));
        assertThat(count(
                        "select returned_quantity from order_line ol join customer_order o on o.id = ol.order_id"
                                + " where o.order_number = ?",
                        order))
                .isEqualTo(3);
    }

    @Test
    void twoAgentsActingOnTheSameVersionCannotBothWin() throws Exception {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "laptop", 1);
        Res created =
                post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND")));
        String id = created.json().path("id").asString();
        String etag = created.header("ETag");
        List<Res> answers = concurrently(List.of(
                () -> post("/api/returns/" + id + "/authorize", t.token(Role.AGENT), Map.of(), "If-Match", etag),
                () -> post(
                        "/api/returns/" + id + "/reject",
                        t.token(Role.AGENT),
                        Map.of("reason", "no"),
                        "If-Match",
                        etag)));
        assertThat(answers.stream().filter(r -> r.status() == 200)).hasSize(1);
        assertThat(answers.stream().filter(r -> r.status() == 409)).hasSize(1);
    }

    private static List<Res> concurrently(int n, Callable<Res> call) throws Exception {
        List<Callable<Res>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(call);
        }
        return concurrently(calls);
    }

    /** Starts all calls at once, from a latch, and collects their answers. */
    private static List<Res> concurrently(List<Callable<Res>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Res>> futures = new ArrayList<>();
            for (Callable<Res> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Res> answers = new ArrayList<>();
            for (Future<Res> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
