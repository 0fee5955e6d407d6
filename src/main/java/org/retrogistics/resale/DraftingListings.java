package org.retrogistics.resale;

import java.util.Optional;
import org.retrogistics.disposition.DispositionDecided;
import org.retrogistics.disposition.DispositionManagement;
import org.retrogistics.disposition.DispositionsDecided;
import org.retrogistics.disposition.StoredDecision;
import org.retrogistics.resale.internal.ListingRepository;
import org.retrogistics.shared.ClientId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/** A disposition chose resale through a listing: draft it; a disposition that changed away withdraws it. */
@Service
class DraftingListings {

    private final ListingRepository listings;
    private final ListingDrafts drafts;
    private final SalesChannels channels;
    private final ResaleManagement resale;
    private final DispositionManagement dispositions;
    private final ResaleSettings settings;

    DraftingListings(
            ListingRepository listings,
            ListingDrafts drafts,
            SalesChannels channels,
            ResaleManagement resale,
            DispositionManagement dispositions,
            ResaleSettings settings) {
        this.listings = listings;
        this.drafts = drafts;
        this.channels = channels;
        this.resale = resale;
        this.dispositions = dispositions;
        this.settings = settings;
    }

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
            if (open.isEmpty() && settings.draftListings() && !resale.inLot(decided.unitId())) {
                dispositions
                        .current(client, decided.unitId())
                        .map(StoredDecision::decision)
                        .filter(d -> d.option() == decided.option())
                        .ifPresent(d -> listings.saveAndFlush(
                                drafts.draft(client, d, channels.defaultChannelFor(client, d.option()))));
            }
        } else if (open.isPresent() && open.get().getStatus() != ListingStatus.SOLD) {
            Listing listing = open.get();
            listing.withdraw("disposition changed to " + decided.option(), drafts.now());
            listings.saveAndFlush(listing);
        }
    }
}
