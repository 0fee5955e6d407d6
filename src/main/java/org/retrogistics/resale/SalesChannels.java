package org.retrogistics.resale;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.disposition.DispositionManagement;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.resale.internal.ChannelRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A client's sales channels with their fees: the defaults every client starts with, and those a manager adds. */
@Service
@Transactional(readOnly = true)
public class SalesChannels {

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
    private final DispositionManagement dispositions;
    private final JdbcClient jdbc;
    private final Clock clock;

    SalesChannels(
            ChannelRepository channels, DispositionManagement dispositions, JdbcClient jdbc, Optional<Clock> clock) {
        this.channels = channels;
        this.dispositions = dispositions;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The client's channels; the defaults are added the first time a client's channels are asked for. */
    @Transactional
    public List<SalesChannel> channels(ClientId client) {
        ensureDefaultChannels(client);
        return channels.findByClientIdOrderByKindAscCodeAsc(client.value());
    }

    /** The client's channels, as values. */
    @Transactional
    public List<SalesChannelSnapshot> channelSnapshots(ClientId client) {
        return channels(client).stream().map(SalesChannelSnapshot::of).toList();
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

    /** Where a listing of this option goes when no channel is named: refurbished units to the own store. */
    SalesChannel defaultChannelFor(ClientId client, DispositionOption option) {
        return defaultChannel(
                client,
                option == DispositionOption.REFURBISH_AND_RESELL ? ChannelKind.OWN_STORE : ChannelKind.MARKETPLACE);
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
                new SalesChannel.Draft(
                        actor.clientId().value(),
                        c,
                        name == null || name.isBlank() ? c : name.strip(),
                        kind,
                        feePercent,
                        fixedFee == null ? BigDecimal.ZERO : fixedFee,
                        dispositions.currency(actor.clientId()),
                        "added by " + actor.name()),
                clock.instant());
        return channels.saveAndFlush(channel);
    }

    /** The client's currency, the one its channels charge in. */
    public String currencyOf(ClientId client) {
        return dispositions.currency(client).getCurrencyCode();
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
}
