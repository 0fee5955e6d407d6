package org.retrogistics.resale;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.disposition.DispositionDecision;
import org.retrogistics.resale.internal.ListingRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists a unit on a channel (its draft, or a new listing), or withdraws a listing. */
@Service
@Transactional(readOnly = true)
public class ListingUnits {

    private final ListingRepository listings;
    private final ListingDrafts drafts;
    private final ResaleCandidates candidates;
    private final SalesChannels channels;
    private final ResaleManagement resale;

    ListingUnits(
            ListingRepository listings,
            ListingDrafts drafts,
            ResaleCandidates candidates,
            SalesChannels channels,
            ResaleManagement resale) {
        this.listings = listings;
        this.drafts = drafts;
        this.candidates = candidates;
        this.channels = channels;
        this.resale = resale;
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
        if (resale.inLot(unitId)) {
            throw new ResaleConflict("unit-in-lot", "unit " + found.unit().licencePlate() + " is in a lot already");
        }
        DispositionDecision decision = found.decision().orElseThrow();
        SalesChannel channel = channelId == null
                ? channels.defaultChannelFor(client, decision.option())
                : channels.channel(client, channelId);
        Optional<Listing> existing = listings.findFirstByUnitIdAndStatusNot(unitId, ListingStatus.WITHDRAWN);
        if (existing.isPresent() && existing.get().getStatus() != ListingStatus.DRAFT) {
            throw new ResaleConflict(
                    "unit-already-listed",
                    "unit " + found.unit().licencePlate() + " is "
                            + existing.get().getStatus().name().toLowerCase(Locale.ROOT) + " already on listing "
                            + existing.get().getNumber());
        }
        Listing listing = existing.isPresent()
                ? redrafted(existing.get(), client, decision, channel)
                : drafts.draft(client, decision, channel);
        listing.publish(channel, price, drafts.now());
        return listings.saveAndFlush(listing);
    }

    /** The draft priced again; a draft for another option than the decision in force is withdrawn and redrafted. */
    private Listing redrafted(Listing listing, ClientId client, DispositionDecision decision, SalesChannel channel) {
        if (listing.getOption() != decision.option()) {
            listing.withdraw("disposition changed to " + decision.option(), drafts.now());
            listings.saveAndFlush(listing);
            return drafts.draft(client, decision, channel);
        }
        drafts.redraft(listing, client, decision);
        return listing;
    }

    @Transactional
    public Listing withdraw(Actor actor, UUID id, Long version, String reason) {
        Listing listing = resale.load(actor.clientId(), id, version);
        listing.withdraw(
                reason == null || reason.isBlank() ? "withdrawn by " + actor.name() : reason.strip(), drafts.now());
        return listings.saveAndFlush(listing);
    }
}
