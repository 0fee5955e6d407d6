package org.retrogistics.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The broker's outbox: two publishers claiming at once (two instances) never take the same message and the second does
 * not wait for the first; a message written twice is one row; one not confirmed comes back after its wait, one
 * confirmed never. The broker is off in this context, so only the test claims.
 */
class BrokerOutboxIT extends ApiTestSupport {

    private static final Duration LEASE = Duration.ofMinutes(1);

    @Autowired
    BrokerOutbox outbox;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void twoPublishersClaimingAtOnceNeverTakeTheSameMessage() throws Exception {
        outbox.claim(10_000, LEASE); // whatever other tests left is leased away: only this test's rows are due
        UUID client = UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            assertThat(outbox.add(client, "return.authorized.v1", "msg_" + UUID.randomUUID(), "{}"))
                    .isEqualTo(1);
        }
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CompletableFuture<List<BrokerOutbox.Claimed>> first = CompletableFuture.supplyAsync(() -> tx.execute(s -> {
            List<BrokerOutbox.Claimed> c = outbox.claim(4, LEASE);
            claimed.countDown();
            try {
                // the first publisher's transaction stays open, its rows locked, while the second claims
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return c;
        }));
        assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
        List<BrokerOutbox.Claimed> second = outbox.claim(100, LEASE);
        assertThat(first)
                .as("the second claim skipped the locked rows instead of waiting")
                .isNotDone();
        release.countDown();

        Set<UUID> a = ids(first.get(10, TimeUnit.SECONDS));
        assertThat(a).hasSize(4);
        assertThat(ids(second)).hasSize(6).doesNotContainAnyElementsOf(a);
        assertThat(outbox.claim(100, LEASE)).as("claimed rows are leased").isEmpty();
    }

    @Test
    void aMessageIsWrittenOnceAndIsDueAgainUntilConfirmed() {
        outbox.claim(10_000, LEASE);
        UUID client = UUID.randomUUID();
        String id = "msg_" + UUID.randomUUID();
        assertThat(outbox.add(client, "unit.graded.v1", id, "{}")).isEqualTo(1);
        assertThat(outbox.add(client, "unit.graded.v1", id, "{}"))
                .as("its listener ran again")
                .isZero();

        BrokerOutbox.Claimed m = outbox.claim(100, LEASE).get(0);
        assertThat(m.messageId()).isEqualTo(id);
        assertThat(m.attempts()).isZero();
        outbox.retry(m.id(), "no confirm from the broker within 10000 ms", Duration.ZERO);
        BrokerOutbox.Claimed again = outbox.claim(100, LEASE).get(0);
        assertThat(again.id()).isEqualTo(m.id());
        assertThat(again.attempts()).isEqualTo(1);

        outbox.sent(m.id());
        jdbc.sql("update broker_message set next_attempt_at = now() where id = ?")
                .params(m.id())
                .update();
        assertThat(outbox.claim(100, LEASE))
                .as("a confirmed message is never sent again")
                .isEmpty();
        assertThat(count("select count(*) from broker_message where id = ? and status = 'SENT'", m.id()))
                .isEqualTo(1);
    }

    private static Set<UUID> ids(List<BrokerOutbox.Claimed> claimed) {
        Set<UUID> ids = new HashSet<>();
        claimed.forEach(c -> ids.add(c.id()));
        return ids;
    }
}
