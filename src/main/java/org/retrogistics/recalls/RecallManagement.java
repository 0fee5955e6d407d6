package org.retrogistics.recalls;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.recalls.internal.RecallMatching;
import org.retrogistics.recalls.internal.RecallStore;
import org.retrogistics.receiving.UnitReceived;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.IfMatch;
import org.retrogistics.shared.NotFound;
import org.retrogistics.shared.PageOf;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recall campaigns as they stand: preview what criteria would bring back, follow how many units came back, close or
 * cancel a campaign. Creating and launching one is {@link LaunchingRecalls}; the returns of a launch are created by a
 * background job in batches ({@code CreatingRecallReturns}).
 */
@Service
@Transactional(readOnly = true)
public class RecallManagement {

    private final RecallStore store;
    private final RecallMatching matching;
    private final CatalogManagement catalog;
    private final Clock clock;

    RecallManagement(RecallStore store, RecallMatching matching, CatalogManagement catalog, Optional<Clock> clock) {
        this.store = store;
        this.matching = matching;
        this.catalog = catalog;
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
        return catalog.productByGtin(client, gtin).orElseThrow(() -> new NotFound("product", gtin));
    }

    /** What the criteria would bring back, recording nothing. */
    public RecallPreview preview(Actor actor, RecallDraft draft) {
        return matching.preview(actor.clientId().value(), criteria(actor.clientId(), draft));
    }

    /** A unit came in at the dock: the campaigns that expect it count it as returned, in the receipt's transaction. */
    @EventListener
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

    /** The campaign at the version the caller saw (none given: as it is). */
    RecallCampaign load(ClientId client, UUID id, Long expectedVersion) {
        RecallCampaign c = get(client, id);
        IfMatch.requireCurrent(expectedVersion, c.getVersion(), () -> new StaleRecall(c.getNumber()));
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
