package org.retrogistics.resale.internal;

import java.util.Optional;
import java.util.UUID;
import org.retrogistics.resale.Listing;
import org.retrogistics.resale.ListingStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ListingRepository extends JpaRepository<Listing, UUID> {

    Optional<Listing> findByIdAndClientId(UUID id, UUID clientId);

    Optional<Listing> findFirstByUnitIdAndStatusNot(UUID unitId, ListingStatus status);

    @Query(
            """
            select l from Listing l where l.clientId = :clientId
              and (:status is null or l.status = :status)
              and (:unitId is null or l.unitId = :unitId)
            """)
    Page<Listing> search(UUID clientId, ListingStatus status, UUID unitId, Pageable pageable);

    @Query(value = "select nextval('listing_number_seq')", nativeQuery = true)
    long nextNumber();
}
