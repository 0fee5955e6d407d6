package org.retrogistics.resale.internal;

import java.util.Optional;
import java.util.UUID;
import org.retrogistics.resale.Lot;
import org.retrogistics.resale.LotStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LotRepository extends JpaRepository<Lot, UUID> {

    Optional<Lot> findByIdAndClientId(UUID id, UUID clientId);

    @Query("select l from Lot l where l.clientId = :clientId and (:status is null or l.status = :status)")
    Page<Lot> search(UUID clientId, LotStatus status, Pageable pageable);

    @Query(value = "select nextval('lot_number_seq')", nativeQuery = true)
    long nextNumber();
}
