package org.retrogistics.recalls;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.recalls.internal.RecallStore;
import org.retrogistics.returns.OpeningRecallReturns;
import org.retrogistics.returns.RecallReturns;
import org.retrogistics.shared.ClientId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The launch job, after the launch committed: turns the matched order lines into recall returns a batch of whole
 * orders at a time, each batch in its own transaction with its progress, so a crash loses at most one batch and a
 * restart (the event is delivered again) carries on where it stopped.
 */
@Component
class CreatingRecallReturns {

    private static final Logger log = LoggerFactory.getLogger(CreatingRecallReturns.class);

    private final RecallStore store;
    private final OpeningRecallReturns returns;
    private final RecallSettings settings;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final Clock clock;

    CreatingRecallReturns(
            RecallStore store,
            OpeningRecallReturns returns,
            RecallSettings settings,
            PlatformTransactionManager transactions,
            JdbcClient jdbc,
            Optional<Clock> clock) {
        this.store = store;
        this.returns = returns;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
        // each batch commits on its own, inside the listener's transaction, so its progress shows at once
        this.tx.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @ApplicationModuleListener
    void on(RecallLaunched launched) {
        RecallCampaign c = store.find(launched.campaignId()).orElseThrow();
        if (c.getStatus() != RecallStatus.LAUNCHING) {
            return;
        }
        Actor actor = Actor.system(new ClientId(c.getClientId()), launched.by());
        long start = System.nanoTime();
        int batchLines = Math.max(1, settings.batchSize());
        // keyset over the orders: each batch starts after the last order done (a restart starts from the first again
        // and finds the lines still without a return)
        UUID[] after = {new UUID(0, 0)};
        while (Boolean.TRUE.equals(tx.execute(s -> batch(c, actor, after, batchLines)))) {
            // next batch
        }
        tx.executeWithoutResult(s -> {
            RecallCampaign fresh = store.find(c.getId()).orElseThrow();
            fresh.finishLaunch(clock.instant());
            store.update(fresh);
        });
        log.info(
                "recall {} launched: {} lines in {} ms",
                c.getNumber(),
                c.getProgress().linesTotal(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private boolean batch(RecallCampaign c, Actor actor, UUID[] after, int lines) {
        // a batch lost in a crash is redone from the lines still without a return: no need to wait for the disk
        jdbc.sql("set local synchronous_commit = off").update();
        List<RecallStore.Pending> batch = store.pendingBatch(c.getId(), after[0], lines);
        if (batch.isEmpty()) {
            return false;
        }
        after[0] = batch.get(batch.size() - 1).orderId();
        Map<UUID, Integer> pending = new java.util.LinkedHashMap<>();
        batch.forEach(p -> pending.put(p.orderLineId(), p.quantity()));
        RecallReturns opened = returns.openRecallReturns(
                actor,
                c.getNumber(),
                c.getNote() == null || c.getNote().isBlank()
                        ? "Recall " + c.getNumber() + ": " + c.getName()
                        : c.getNote(),
                c.getRemedy(),
                pending);
        List<UUID> lineIds = new ArrayList<>();
        List<UUID> lineReturns = new ArrayList<>();
        List<UUID> unitIds = new ArrayList<>();
        List<UUID> unitReturns = new ArrayList<>();
        for (RecallReturns.Opened o : opened.opened()) {
            lineIds.add(o.orderLineId());
            lineReturns.add(o.returnId());
            for (UUID u : o.unitIds()) {
                unitIds.add(u);
                unitReturns.add(o.returnId());
            }
        }
        store.recordBatch(
                c.getId(),
                c.getClientId(),
                new RecallStore.BatchReturns(lineIds, lineReturns, unitIds, unitReturns, opened.skippedOrderLines()));
        return true;
    }
}
