package org.retrogistics.resale;

import java.util.UUID;
import org.retrogistics.resale.internal.ListingRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.IfMatch;
import org.retrogistics.shared.NotFound;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Listings as they stand. The use cases are {@link SalesChannels}, {@link ListingUnits} and {@link SellingListings};
 * a disposition for resale drafts the unit's listing ({@code DraftingListings}).
 */
@Service
@Transactional(readOnly = true)
public class ResaleManagement {

    private final ListingRepository listings;
    private final JdbcClient jdbc;

    ResaleManagement(ListingRepository listings, JdbcClient jdbc) {
        this.listings = listings;
        this.jdbc = jdbc;
    }

    public Listing listing(ClientId client, UUID id) {
        return listings.findByIdAndClientId(id, client.value()).orElseThrow(() -> new NotFound("listing", id));
    }

    public Page<Listing> listings(ClientId client, ListingStatus status, UUID unitId, Pageable page) {
        return listings.search(client.value(), status, unitId, page);
    }

    /** The listing, as a value. */
    public ListingSnapshot listingSnapshot(ClientId client, UUID id) {
        return ListingSnapshot.of(listing(client, id));
    }

    /** A page of listings, as values. */
    public Page<ListingSnapshot> listingSnapshots(ClientId client, ListingStatus status, UUID unitId, Pageable page) {
        return listings(client, status, unitId, page).map(ListingSnapshot::of);
    }

    /** Whether the unit is drafted, listed or sold on a listing (lots ask before taking it). */
    public boolean listed(UUID unitId) {
        return listings.findFirstByUnitIdAndStatusNot(unitId, ListingStatus.WITHDRAWN)
                .isPresent();
    }

    /** Whether the unit is in an open, closed or sold lot (listings ask before taking it). */
    boolean inLot(UUID unitId) {
        return jdbc.sql("select count(*) from lot_unit where unit_id = :u and active")
                        .param("u", unitId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The listing at the version the caller saw (none given: as it is). */
    Listing load(ClientId client, UUID id, Long version) {
        Listing listing = listing(client, id);
        IfMatch.requireCurrent(
                version,
                listing.getVersion(),
                () -> new ResaleConflict(
                        "stale-version",
                        "listing " + listing.getNumber() + " is at version " + listing.getVersion() + ", not " + version
                                + "; reload it and retry"));
        return listing;
    }
}
