package org.retrogistics.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two senders claiming at the same moment (two instances on one database) never take the same delivery, and the
 * second does not wait for the first: rows the first holds are skipped. Dispatching is off in this context, so only
 * the test claims.
 */
class DeliveryQueueIT extends ApiTestSupport {

    @Autowired
    DeliveryQueue queue;

    @Autowired
    WebhookStore store;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void twoSendersClaimingAtOnceNeverTakeTheSameDelivery() throws Exception {
        Tenant t = newTenant();
        Res subscribed = post(
                "/api/integration/webhooks",
                t.token(Role.ADMIN),
                Map.of("url", "https://hooks.example.com/in", "eventTypes", List.of("return.authorized.v1")));
        UUID subscription = UUID.fromString(subscribed.json().path("id").asString());
        for (int i = 0; i < 10; i++) {
            store.enqueue(t.id().value(), "return.authorized.v1", "msg_" + UUID.randomUUID(), "{}");
        }

        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CompletableFuture<List<DeliveryQueue.Claimed>> first = CompletableFuture.supplyAsync(() -> tx.execute(s -> {
            List<DeliveryQueue.Claimed> c = ours(queue.claim(4, Duration.ofMinutes(1)), subscription);
            claimed.countDown();
            try {
                // the first sender's transaction stays open, its rows locked, while the second claims
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return c;
        }));
        assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
        List<DeliveryQueue.Claimed> second = ours(queue.claim(100, Duration.ofMinutes(1)), subscription);
        assertThat(first)
                .as("the second claim skipped the locked rows instead of waiting")
                .isNotDone();
        release.countDown();

        Set<UUID> a = ids(first.get(10, TimeUnit.SECONDS));
        Set<UUID> b = ids(second);
        assertThat(a).hasSize(4);
        assertThat(b).hasSize(6).doesNotContainAnyElementsOf(a);
        assertThat(ours(queue.claim(100, Duration.ofMinutes(1)), subscription))
                .as("claimed rows are leased: no one takes them again until the lease ends")
                .isEmpty();
    }

    private static List<DeliveryQueue.Claimed> ours(List<DeliveryQueue.Claimed> claimed, UUID subscription) {
        return claimed.stream()
                .filter(c -> c.subscriptionId().equals(subscription))
                .toList();
    }

    private static Set<UUID> ids(List<DeliveryQueue.Claimed> claimed) {
        Set<UUID> ids = new HashSet<>();
        claimed.forEach(c -> ids.add(c.id()));
        return ids;
    }
}
