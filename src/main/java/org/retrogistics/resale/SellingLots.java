package org.retrogistics.resale;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.resale.LotManagement.ActiveUnits;
import org.retrogistics.resale.internal.LotRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.RecoveryFacts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sells a closed lot as one: the price and its fee are shared over the units in proportion to their retail value,
 * exactly, and each unit's share is published (LOT_SHARE, FEES) with its reuse (REUSE).
 */
@Service
@Transactional(readOnly = true)
public class SellingLots {

    private final LotRepository lots;
    private final LotManagement management;
    private final SalesChannels channels;
    private final BuyerHandover handover;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;

    SellingLots(
            LotRepository lots,
            LotManagement management,
            SalesChannels channels,
            BuyerHandover handover,
            JdbcTemplate jdbcTemplate,
            Optional<Clock> clock) {
        this.lots = lots;
        this.management = management;
        this.channels = channels;
        this.handover = handover;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Sells a closed lot: records the price, the buyer and the channel's fee (a B2B channel: percent of the price plus
     * the fixed fee per unit), shares both over the units in proportion to their retail value, hands the units to the
     * buyer and publishes each unit's share and reuse.
     */
    @Transactional
    public Lot sell(Actor actor, UUID id, Long version, Money price, String buyer, UUID channelId) {
        ClientId client = actor.clientId();
        Lot lot = management.load(client, id, version);
        if (price == null) {
            throw new InvalidResaleInput("price-required", "a lot's sale states its price");
        }
        if (price.amount().signum() < 0) {
            throw new InvalidResaleInput("negative-price", "a price is zero or more, not " + price);
        }
        SalesChannel channel = channelId == null
                ? channels.defaultChannel(client, ChannelKind.B2B)
                : channels.channel(client, channelId);
        ActiveUnits active = management.activeUnits(lot);
        List<UUID> units = active.unitIds();
        if (units.isEmpty()) {
            throw new ResaleRefused("lot-empty", "lot " + lot.getNumber() + " has no units left to sell");
        }
        Money fee = channel.fee(price, units.size());
        Instant now = clock.instant();
        lot.sell(price, fee, channel.getId(), buyer, now);
        Lot saved = lots.saveAndFlush(lot);
        List<RecoveryFacts.Entry> facts = share(client, lot, active, price.allocate(active.retail()), fee);
        for (UUID unit : units) {
            handover.release(
                    client,
                    unit,
                    new BuyerHandover.Release(
                            "buyer:" + lot.getBuyer(),
                            now,
                            actor.name(),
                            "lot:" + lot.getNumber(),
                            "sold in lot " + lot.getNumber() + " to " + lot.getBuyer()));
            handover.reused(client, unit, "lot", lot.getNumber(), now);
        }
        handover.recovered(facts, now);
        return saved;
    }

    /** Writes each unit's share of the price and of the fee, and returns them as facts for the recovery ledger. */
    private List<RecoveryFacts.Entry> share(
            ClientId client, Lot lot, ActiveUnits active, List<Money> shares, Money fee) {
        List<UUID> units = active.unitIds();
        List<Money> fees = fee.allocate(active.retail());
        List<Object[]> rows = new ArrayList<>(units.size());
        List<RecoveryFacts.Entry> facts = new ArrayList<>(units.size() * 2);
        for (int i = 0; i < units.size(); i++) {
            rows.add(new Object[] {shares.get(i).amount(), fees.get(i).amount(), lot.getId(), units.get(i)});
            facts.add(new RecoveryFacts.Entry(
                    units.get(i), null, client, RecoveryFacts.Kind.LOT_SHARE, shares.get(i), "lot", lot.getNumber()));
            if (fees.get(i).amount().signum() > 0) {
                facts.add(new RecoveryFacts.Entry(
                        units.get(i), null, client, RecoveryFacts.Kind.FEES, fees.get(i), "lot", lot.getNumber()));
            }
        }
        jdbcTemplate.batchUpdate("update lot_unit set share = ?, fee_share = ? where lot_id = ? and unit_id = ?", rows);
        return facts;
    }
}
