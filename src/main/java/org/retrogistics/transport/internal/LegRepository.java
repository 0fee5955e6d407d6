package org.retrogistics.transport.internal;

import java.util.Optional;
import java.util.UUID;
import org.retrogistics.transport.Leg;
import org.retrogistics.transport.LegStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LegRepository extends JpaRepository<Leg, UUID> {

    Optional<Leg> findByIdAndClientId(UUID id, UUID clientId);

    @Query("select l from Leg l where l.clientId = :client and (:status is null or l.status = :status)")
    Page<Leg> search(UUID client, LegStatus status, Pageable pageable);

    @Query(value = "select nextval('transport_leg_seq')", nativeQuery = true)
    long nextNumber();
}
