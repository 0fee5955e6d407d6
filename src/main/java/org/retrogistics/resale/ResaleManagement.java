package org.retrogistics.resale;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.WarehouseLocation;
import org.retrogistics.disposition.DispositionDecided;
import org.retrogistics.disposition.DispositionDecision;
import org.retrogistics.disposition.DispositionManagement;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.DispositionsDecided;
import org.retrogistics.disposition.RecoveryBreakdown;
import org.retrogistics.disposition.StoredDecision;
import org.retrogistics.disposition.UnitFacts;
import org.retrogistics.resale.internal.ChannelRepository;
import org.retrogistics.resale.internal.ListingRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.NotFound;
import org.retrogistics.shared.RecoveryFacts;
import org.retrogistics.shared.UnitFateReached;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales channels and listings. A disposition for resale drafts the unit's listing, priced from the disposition model's
 * expected price for that option and grade; an agent lists it on a channel (or lists a unit from the outcome queue
 * directly); a sale records the price and the channel's fee, closes the listing, and tells the recovery ledger and
 * the diversion report (SALE and FEES, REUSE).
 */
@Service
@Transactional(readOnly = true)
public class ResaleManagement {

    /**
     * The channels every client starts with, figures from REFERENCE.md where it has them. Marketplace: the 15%
     * referral fee of the "Liquidation recovery" row (Amazon). B2B: the same 15% referral fee and a per-item fee, its
     * amount assumed at 0.25 as in the disposition defaults' B2B_LOT row. Own store and outlet: the client's own, no
     * referral fee (an assumption; REFERENCE.md gives no figure).
     */
    record DefaultChannel(String code, String name, ChannelKind kind, String percent, String fixed, String source) {}

    static final List<DefaultChannel> DEFAULTS = List.of(
            new DefaultChannel(
                    "own-store",
                    "Own store",
                    ChannelKind.OWN_STORE,
                    "0",
                    "0",
                    "assumption: the client's own store charges no referral fee (REFERENCE.md gives no figure)"),
            new DefaultChannel(
                    "marketplace",
                    "Marketplace",
                    ChannelKind.MARKETPLACE,
                    "15",
                    "0",
                    "REFERENCE.md Liquidation recovery: 15% referral fee (Amazon)"),
            new DefaultChannel(
                    "outlet",
                    "Outlet",
                    ChannelKind.OUTLET,
                    "0",
                    "0",
                    "assumption: the client's own outlet charges no referral fee (REFERENCE.md gives no figure)"),
            new DefaultChannel(
                    "liquidation",
                    "Liquidation (B2B)",
                    ChannelKind.B2B,
                    "15",
                    "0.25",
                    "REFERENCE.md Liquidation recovery: 15% referral fee and a per-item fee (amount assumed 0.25, as"
                            + " in the disposition defaults)"));

    private final ChannelRepository channels;
    private final ListingRepository listings;
    private final ResaleCandidates candidates;
    private final CustodyLedger custody;
    private final CatalogManagement catalog;
    private final DispositionManagement dispositions;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final ResaleSettings settings;
    private final Clock clock;

    ResaleManagement(
            ChannelRepository channels,
            ListingRepository listings,
            ResaleCandidates candidates,
            CustodyLedger custody,
            CatalogManagement catalog,
            DispositionManagement dispositions,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            ResaleSettings settings,
            Optional<Clock> clock) {
        this.channels = channels;
        this.listings = listings;
        this.candidates = candidates;
        this.custody = custody;
        this.catalog = catalog;
        this.dispositions = dispositions;
        this.events = events;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---- channels

    /** The client's channels; the defaults are added the first time a client's channels are asked for. */
    @Transactional
    public List<SalesChannel> channels(ClientId client) {
        ensureDefaultChannels(client);
        return channels.findByClientIdOrderByKindAscCodeAsc(client.value());
    }

    @Transactional
    public SalesChannel channel(ClientId client, UUID id) {
        ensureDefaultChannels(client);
        return channels.findByIdAndClientId(id, client.value()).orElseThrow(() -> new NotFound("channel", id));
    }

    /** A client's first channel of a kind: where listings and lots go when no channel is named. */
    @Transactional
    public SalesChannel defaultChannel(ClientId client, ChannelKind kind) {
        ensureDefaultChannels(client);
        List<SalesChannel> found = channels.findByClientIdAndKindOrderByCreatedAtAsc(client.value(), kind);
        if (found.isEmpty()) {
            throw new ResaleRefused("no-channel", "the client has no " + kind + " channel");
        }
        return found.get(0);
    }

    /** A manager adds a channel with its fees. */
    @Transactional
    public SalesChannel addChannel(
            Actor actor, String code, String name, ChannelKind kind, BigDecimal feePercent, BigDecimal fixedFee) {
        ensureDefaultChannels(actor.clientId());
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!c.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new InvalidResaleInput(
                    "invalid-channel-code",
                    "a channel code is lower case with dashes, up to 40 characters: '" + code + "'");
        }
        if (channels.existsByClientIdAndCode(actor.clientId().value(), c)) {
            throw new ResaleConflict("duplicate-channel", "the client already has a channel '" + c + "'");
        }
        SalesChannel channel = new SalesChannel(
                actor.clientId().value(),
                c,
                name == null || name.isBlank() ? c : name.strip(),
                kind,
                feePercent,
                fixedFee == null ? BigDecimal.ZERO : fixedFee,
                dispositions.currency(actor.clientId()),
                "added by " + actor.name(),
                clock.instant());
        return channels.saveAndFlush(channel);
    }

    private void ensureDefaultChannels(ClientId client) {
        if (!channels.findByClientIdOrderByKindAscCodeAsc(client.value()).isEmpty()) {
            return;
        }
        Currency currency = dispositions.currency(client);
        for (DefaultChannel d : DEFAULTS) {
            jdbc.sql(
                            """
                            insert into sales_channel (id, client_id, code, name, kind, fee_percent, fixed_fee,
                              currency, source, created_at)
                            values (:id, :c, :code, :name, :kind, :pct, :fixed, :cur, :source, :at)
                            on conflict (client_id, code) do nothing
                            """)
                    .param("id", UUID.randomUUID())
                    .param("c", client.value())
                    .param("code", d.code())
                    .param("name", d.name())
                    .param("kind", d.kind().name())
                    .param("pct", new BigDecimal(d.percent()))
                    .param("fixed", new BigDecimal(d.fixed()))
                    .param("cur", currency.getCurrencyCode())
                    .param("source", d.source())
                    .param("at", java.sql.Timestamp.from(clock.instant()))
                    .update();
        }
    }

    /** The client's currency, the one its channels charge in. */
    public String currencyOf(ClientId client) {
        return dispositions.currency(client).getCurrencyCode();
    }

    // ---- listings

    /** A disposition chose resale through a listing: draft it; a disposition that changed away withdraws it. */
    /** A re-evaluation batch: each decision as if it came alone, in one transaction for the batch. */
    @ApplicationModuleListener
    void on(DispositionsDecided batch) {
        batch.decisions().forEach(this::on);
    }

    @ApplicationModuleListener
    void on(DispositionDecided decided) {
        ClientId client = new ClientId(decided.clientId());
        Optional<Listing> open = listings.findFirstByUnitIdAndStatusNot(decided.unitId(), ListingStatus.WITHDRAWN);
        if (ResaleEligibility.Way.LISTING.takes(decided.option())) {
            if (open.isEmpty() && settings.draftListings() && !inLot(decided.unitId())) {
                dispositions
                        .current(client, decided.unitId())
                        .map(StoredDecision::decision)
                        .filter(d -> d.option() == decided.option())
                        .ifPresent(d -> listings.saveAndFlush(draft(client, d, defaultChannelFor(client, d.option()))));
            }
        } else if (open.isPresent() && open.get().getStatus() != ListingStatus.SOLD) {
            Listing listing = open.get();
            listing.withdraw("disposition changed to " + decided.option(), clock.instant());
            listings.saveAndFlush(listing);
        }
    }

    private SalesChannel defaultChannelFor(ClientId client, DispositionOption option) {
        return defaultChannel(
                client,
                option == DispositionOption.REFURBISH_AND_RESELL ? ChannelKind.OWN_STORE : ChannelKind.MARKETPLACE);
    }

    /** What the disposition model says a listing of this unit shows and asks. */
    private record Pricing(String title, String condition, Money price, String source) {}

    private Pricing pricing(ClientId client, DispositionDecision d) {
        UnitFacts facts = d.facts();
        RecoveryBreakdown value = d.assessment(d.option()).value();
        ProductFacts product = catalog.productBySku(client, facts.sku()).orElse(null);
        return new Pricing(
                product == null ? facts.sku() : product.name(),
                ConditionLabel.of(facts.functionalGrade(), facts.cosmeticGrade()),
                value.grossPrice(),
                "disposition model: " + d.option() + " for " + facts.gradeBand() + " at " + value.grossPrice()
                        + (value.source() == null ? "" : " (" + value.source() + ")"));
    }

    private Listing draft(ClientId client, DispositionDecision d, SalesChannel channel) {
        Pricing p = pricing(client, d);
        return new Listing(
                client.value(),
                "LS-%06d".formatted(listings.nextNumber()),
                d.unitId(),
                channel,
                d.option(),
                d.facts().sku(),
                p.title(),
                p.condition(),
                p.price(),
                p.source(),
                clock.instant());
    }

    /**
     * Lists a unit: its draft if disposition made one (priced again from the decision in force), or a new listing.
     * The unit must be decided for resale through a listing, not recalled, wiped if it holds data, in our custody, its
     * work done, and in no lot.
     */
    @Transactional
    public Listing list(Actor actor, UUID unitId, UUID channelId, Money price) {
        ClientId client = actor.clientId();
        ResaleCandidates.Found found = candidates.require(client, unitId, ResaleEligibility.Way.LISTING);
        if (inLot(unitId)) {
            throw new ResaleConflict("unit-in-lot", "unit " + found.unit().getLicencePlate() + " is in a lot already");
        }
        DispositionDecision decision = found.decision().orElseThrow();
        SalesChannel channel =
                channelId == null ? defaultChannelFor(client, decision.option()) : channel(client, channelId);
        Optional<Listing> existing = listings.findFirstByUnitIdAndStatusNot(unitId, ListingStatus.WITHDRAWN);
        Listing listing;
        if (existing.isPresent() && existing.get().getStatus() != ListingStatus.DRAFT) {
            throw new ResaleConflict(
                    "unit-already-listed",
                    "unit " + found.unit().getLicencePlate() + " is "
                            + existing.get().getStatus().name().toLowerCase(Locale.ROOT) + " already on listing "
                            + existing.get().getNumber());
        }
        if (existing.isPresent()) {
            listing = existing.get();
            if (listing.getOption() != decision.option()) {
                listing.withdraw("disposition changed to " + decision.option(), clock.instant());
                listings.saveAndFlush(listing);
                listing = draft(client, decision, channel);
            } else {
                Pricing p = pricing(client, decision);
                listing.redraft(p.condition(), p.price(), p.source());
            }
        } else {
            listing = draft(client, decision, channel);
        }
        listing.publish(channel, price, clock.instant());
        return listings.saveAndFlush(listing);
    }

    /**
     * Sells a listed unit: records the price and the channel's fee on it and closes the listing; the unit is handed to
     * the buyer, and the sale (SALE), the fee (FEES) and the unit's reuse (REUSE) are published.
     */
    @Transactional
    public Listing sell(Actor actor, UUID id, Long version, Money price, String buyer) {
        Listing listing = load(actor.clientId(), id, version);
        Money paid = price == null ? listing.askingPrice() : price;
        if (paid.amount().signum() < 0) {
            throw new InvalidResaleInput("negative-price", "a price is zero or more, not " + paid);
        }
        if (listing.getStatus() == ListingStatus.LISTED) {
            // facts can change between listing and sale (a recall): check again
            ResaleCandidates.Found found = candidates.find(actor.clientId(), listing.getUnitId());
            if (found.candidate().recalled()) {
                throw new ResaleRefused(
                        "unit-recalled",
                        "unit " + found.unit().getLicencePlate() + " is recalled: a recalled unit is never resold");
            }
        }
        SalesChannel channel = channel(actor.clientId(), listing.getChannelId());
        Money fee = channel.fee(paid, 1);
        Instant now = clock.instant();
        String who = buyer == null || buyer.isBlank() ? null : buyer.strip();
        listing.sell(paid, fee, who, now);
        Listing saved = listings.saveAndFlush(listing);
        custody.record(
                actor.clientId(),
                listing.getUnitId(),
                new CustodyMove(
                        CustodyEventType.RELEASED,
                        WarehouseLocation.OUTBOUND.name(),
                        who == null ? "buyer via " + channel.getCode() : "buyer:" + who,
                        now,
                        actor.name(),
                        "listing:" + listing.getNumber(),
                        "sold on " + channel.getCode() + " for " + paid));
        List<RecoveryFacts.Entry> facts = new ArrayList<>();
        facts.add(new RecoveryFacts.Entry(
                listing.getUnitId(),
                null,
                actor.clientId(),
                RecoveryFacts.Kind.SALE,
                paid,
                "listing",
                listing.getNumber()));
        if (fee.amount().signum() > 0) {
            facts.add(new RecoveryFacts.Entry(
                    listing.getUnitId(),
                    null,
                    actor.clientId(),
                    RecoveryFacts.Kind.FEES,
                    fee,
                    "listing",
                    listing.getNumber()));
        }
        events.publishEvent(new RecoveryFacts(facts, now));
        events.publishEvent(new UnitFateReached(
                listing.getUnitId(),
                actor.clientId(),
                UnitFateReached.Fate.REUSE,
                null,
                "listing",
                listing.getNumber(),
                now));
        return saved;
    }

    @Transactional
    public Listing withdraw(Actor actor, UUID id, Long version, String reason) {
        Listing listing = load(actor.clientId(), id, version);
        listing.withdraw(
                reason == null || reason.isBlank() ? "withdrawn by " + actor.name() : reason.strip(), clock.instant());
        return listings.saveAndFlush(listing);
    }

    public Listing listing(ClientId client, UUID id) {
        return listings.findByIdAndClientId(id, client.value()).orElseThrow(() -> new NotFound("listing", id));
    }

    public Page<Listing> listings(ClientId client, ListingStatus status, UUID unitId, Pageable page) {
        return listings.search(client.value(), status, unitId, page);
    }

    /** Whether the unit is drafted, listed or sold on a listing (lots ask before taking it). */
    public boolean listed(UUID unitId) {
        return listings.findFirstByUnitIdAndStatusNot(unitId, ListingStatus.WITHDRAWN)
                .isPresent();
    }

    private boolean inLot(UUID unitId) {
        return jdbc.sql("select count(*) from lot_unit where unit_id = :u and active")
                        .param("u", unitId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Listing load(ClientId client, UUID id, Long version) {
        Listing listing = listing(client, id);
        if (version != null && !version.equals(listing.getVersion())) {
            throw new ResaleConflict(
                    "stale-version",
                    "listing " + listing.getNumber() + " is at version " + listing.getVersion() + ", not " + version
                            + "; reload it and retry");
        }
        return listing;
    }
}
