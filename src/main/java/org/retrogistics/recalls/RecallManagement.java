package org.retrogistics.recalls;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.recalls.internal.RecallStore;
import org.retrogistics.receiving.UnitReceived;
import org.retrogistics.returns.OpeningRecallReturns;
import org.retrogistics.returns.RecallReturns;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.NotFound;
import org.retrogistics.shared.PageOf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recall campaigns: create one from criteria (refused, writing nothing, when it matches nothing), preview what it
 * would bring back, launch it (the returns are created by a background job in batches, with progress stored), follow
 * how many units came back, close it.
 */
@Service
@Transactional(readOnly = true)
public class RecallManagement {

    private static final Logger log = LoggerFactory.getLogger(RecallManagement.class);
    private static final int UNITS_PER_EVENT = 5000;

    private final RecallStore store;
    private final CatalogManagement catalog;
    private final OpeningRecallReturns recallReturns;
    private final ApplicationEventPublisher events;
    private final RecallSettings settings;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final Clock clock;

    RecallManagement(
            RecallStore store,
            CatalogManagement catalog,
            OpeningRecallReturns recallReturns,
            ApplicationEventPublisher events,
            RecallSettings settings,
            PlatformTransactionManager transactions,
            JdbcClient jdbc,
            Optional<Clock> clock) {
        this.store = store;
        this.catalog = catalog;
        this.recallReturns = recallReturns;
        this.events = events;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
        // each batch commits on its own, inside the listener's transaction, so its progress shows at once
        this.tx.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The criteria of a draft, with its product found in the client's catalogue. */
    public RecallCriteria criteria(ClientId client, RecallDraft d) {
        ProductFacts product = product(client, d);
        return new RecallCriteria(
                product.id(), product.sku(), d.lots(), d.serialFrom(), d.serialTo(), d.soldFrom(), d.soldTo());
    }

    private ProductFacts product(ClientId client, RecallDraft d) {
        boolean bySku = d.sku() != null && !d.sku().isBlank();
        boolean byGtin = d.gtin() != null && !d.gtin().isBlank();
        if (bySku == byGtin) {
            throw new InvalidRecallCriteria("name the product by its sku or by its gtin (one of them)");
        }
        if (bySku) {
            return catalog.productBySku(client, d.sku().strip())
                    .orElseThrow(() -> new NotFound("product", d.sku().strip()));
        }
        String gtin = d.gtin().strip();
        String sku = jdbc.sql(
                        "select sku from product where client_id = :c and (gtin = :g or gtin = lpad(:g, 14, '0'))")
                .param("c", client.value())
                .param("g", gtin)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFound("product", gtin));
        return catalog.productBySku(client, sku).orElseThrow(() -> new NotFound("product", gtin));
    }

    /** What the criteria would bring back, recording nothing. */
    public RecallPreview preview(Actor actor, RecallDraft draft) {
        return store.preview(actor.clientId().value(), criteria(actor.clientId(), draft));
    }

    /** Records a campaign in DRAFT; refused (and nothing recorded) when its criteria match no item at all. */
    @Transactional
    public RecallCampaign create(Actor actor, RecallDraft draft) {
        RecallCriteria criteria = criteria(actor.clientId(), draft);
        RecallPreview preview = store.preview(actor.clientId().value(), criteria);
        if (preview.expected() == 0) {
            throw new RecallMatchesNothing(criteria.describe());
        }
        RecallCampaign c = draft(actor, criteria, draft);
        store.insert(c);
        return get(actor.clientId(), c.getId());
    }

    /**
     * Launches a campaign: records the matched order lines and the units already known (those with us count as
     * returned at once; every one of them is announced as recalled so that disposition decides it again), and hands
     * the creation of the returns to the background job. Refused, writing nothing, if nothing matches any more.
     */
    @Transactional
    public RecallCampaign launch(Actor actor, UUID id, Long expectedVersion) {
        RecallCampaign c = load(actor.clientId(), id, expectedVersion);
        Instant now = clock.instant();
        c.launch(actor.name(), now);
        int[] lines = store.snapshotLines(c.getId(), c.getClientId(), c.getCriteria());
        Map<UUID, Boolean> existing = store.addExistingUnits(c.getId(), c.getClientId(), c.getCriteria(), now);
        if (lines[1] + existing.size() == 0) {
            throw new RecallMatchesNothing(c.getCriteria().describe());
        }
        store.launchTotals(c.getId(), lines[0], lines[1] + existing.size());
        if (!store.update(c)) {
            throw new StaleRecall(c.getNumber());
        }
        List<UUID> ids = new ArrayList<>(existing.keySet());
        for (int i = 0; i < ids.size(); i += UNITS_PER_EVENT) {
            events.publishEvent(new UnitsRecalled(
                    c.getClientId(),
                    c.getId(),
                    c.getNumber(),
                    List.copyOf(ids.subList(i, Math.min(ids.size(), i + UNITS_PER_EVENT))),
                    now));
        }
        events.publishEvent(new RecallLaunched(c.getId(), c.getClientId(), c.getNumber(), actor.name(), now));
        return get(actor.clientId(), id);
    }

    /**
     * Creates and launches at once: one call for a campaign that needs no second look. The launch's own match stands
     * in for the draft's count; when nothing matches, the whole call is refused and nothing is recorded.
     */
    @Transactional
    public RecallCampaign createAndLaunch(Actor actor, RecallDraft draft) {
        RecallCampaign c = draft(actor, criteria(actor.clientId(), draft), draft);
        store.insert(c);
        return launch(actor, c.getId(), c.getVersion());
    }

    private RecallCampaign draft(Actor actor, RecallCriteria criteria, RecallDraft draft) {
        return RecallCampaign.draft(
                actor.clientId().value(),
                "RC-%06d".formatted(store.nextNumber()),
                draft.name().strip(),
                criteria,
                draft.remedy(),
                draft.note(),
                actor.name(),
                clock.instant());
    }

    /**
     * The launch job, after the launch committed: turns the matched order lines into recall returns a batch of whole
     * orders at a time, each batch in its own transaction with its progress, so a crash loses at most one batch and a
     * restart (the event is delivered again) carries on where it stopped.
     */
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
        RecallReturns opened = recallReturns.openRecallReturns(
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
                c.getId(), c.getClientId(), lineIds, lineReturns, unitIds, unitReturns, opened.skippedOrderLines());
        return true;
    }

    /** A unit came in at the dock: the campaigns that expect it count it as returned. */
    @ApplicationModuleListener
    void on(UnitReceived received) {
        store.received(received.unitId(), received.occurredAt());
    }

    @Transactional
    public RecallCampaign close(Actor actor, UUID id, Long expectedVersion) {
        RecallCampaign c = load(actor.clientId(), id, expectedVersion);
        c.close(clock.instant());
        if (!store.update(c)) {
            throw new StaleRecall(c.getNumber());
        }
        return get(actor.clientId(), id);
    }

    @Transactional
    public RecallCampaign cancel(Actor actor, UUID id, Long expectedVersion) {
        RecallCampaign c = load(actor.clientId(), id, expectedVersion);
        c.cancel(clock.instant());
        if (!store.update(c)) {
            throw new StaleRecall(c.getNumber());
        }
        return get(actor.clientId(), id);
    }

    private RecallCampaign load(ClientId client, UUID id, Long expectedVersion) {
        RecallCampaign c = get(client, id);
        if (expectedVersion != null && expectedVersion != c.getVersion()) {
            throw new StaleRecall(c.getNumber());
        }
        return c;
    }

    public RecallCampaign get(ClientId client, UUID id) {
        return store.find(client.value(), id).orElseThrow(() -> new NotFound("recall", id));
    }

    public PageOf<RecallCampaign> list(ClientId client, RecallStatus status, int page, int size) {
        return PageOf.of(
                store.list(client.value(), status, page, size), page, size, store.count(client.value(), status));
    }

    /** A campaign's units, all or only those returned (true) or outstanding (false). */
    public PageOf<RecallUnitView> units(ClientId client, UUID id, Boolean returned, int page, int size) {
        RecallCampaign c = get(client, id);
        return PageOf.of(
                store.units(client.value(), c.getId(), returned, page, size),
                page,
                size,
                store.unitCount(client.value(), c.getId(), returned));
    }

    /** Someone else changed the campaign since it was read. */
    public static class StaleRecall extends org.retrogistics.shared.DomainException {
        StaleRecall(String number) {
            super(Kind.CONFLICT, "stale-recall", "recall " + number + " was changed meanwhile; read it again");
        }
    }
}
