package org.retrogistics.resale;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.resale.internal.ListingRepository;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.RecoveryFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sells a listed unit: records the price and the channel's fee on it and closes the listing; the unit is handed to
 * the buyer, and the sale (SALE), the fee (FEES) and the unit's reuse (REUSE) are published.
 */
@Service
@Transactional(readOnly = true)
public class SellingListings {

    private final ListingRepository listings;
    private final ResaleManagement resale;
    private final ResaleCandidates candidates;
    private final SalesChannels channels;
    private final BuyerHandover handover;
    private final Clock clock;

    SellingListings(
            ListingRepository listings,
            ResaleManagement resale,
            ResaleCandidates candidates,
            SalesChannels channels,
            BuyerHandover handover,
            Optional<Clock> clock) {
        this.listings = listings;
        this.resale = resale;
        this.candidates = candidates;
        this.channels = channels;
        this.handover = handover;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public Listing sell(Actor actor, UUID id, Long version, Money price, String buyer) {
        Listing listing = resale.load(actor.clientId(), id, version);
        Money paid = price == null ? listing.askingPrice() : price;
        if (paid.amount().signum() < 0) {
            throw new InvalidResaleInput("negative-price", "a price is zero or more, not " + paid);
        }
        if (listing.getStatus() == ListingStatus.LISTED) {
            refuseRecalled(actor, listing);
        }
        SalesChannel channel = channels.channel(actor.clientId(), listing.getChannelId());
        Money fee = channel.fee(paid, 1);
        Instant now = clock.instant();
        String who = buyer == null || buyer.isBlank() ? null : buyer.strip();
        listing.sell(paid, fee, who, now);
        Listing saved = listings.saveAndFlush(listing);
        handover.release(
                actor.clientId(),
                listing.getUnitId(),
                new BuyerHandover.Release(
                        who == null ? "buyer via " + channel.getCode() : "buyer:" + who,
                        now,
                        actor.name(),
                        "listing:" + listing.getNumber(),
                        "sold on " + channel.getCode() + " for " + paid));
        handover.recovered(facts(actor, listing, paid, fee), now);
        handover.reused(actor.clientId(), listing.getUnitId(), "listing", listing.getNumber(), now);
        return saved;
    }

    /** Facts can change between listing and sale (a recall): check again. */
    private void refuseRecalled(Actor actor, Listing listing) {
        ResaleCandidates.Found found = candidates.find(actor.clientId(), listing.getUnitId());
        if (found.candidate().recalled()) {
            throw new ResaleRefused(
                    "unit-recalled",
                    "unit " + found.unit().licencePlate() + " is recalled: a recalled unit is never resold");
        }
    }

    /** The sale (SALE) and the channel's fee (FEES) if it charged one. */
    private static List<RecoveryFacts.Entry> facts(Actor actor, Listing listing, Money paid, Money fee) {
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
        return facts;
    }
}
