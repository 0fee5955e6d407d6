package org.retrogistics.returns.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.returns.ReturnKind;
import org.retrogistics.returns.ReturnRequest;
import org.retrogistics.returns.ReturnStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ReturnRequestRepository extends JpaRepository<ReturnRequest, UUID> {

    Optional<ReturnRequest> findByIdAndClientId(UUID id, UUID clientId);

    Optional<ReturnRequest> findByClientIdAndRmaNumber(UUID clientId, String rmaNumber);

    List<ReturnRequest> findByClientIdAndTrackingNumber(UUID clientId, String trackingNumber);

    @Query("select r from ReturnRequest r join r.lines l where r.clientId = :clientId and l.id = :lineId")
    Optional<ReturnRequest> findByLineId(UUID clientId, UUID lineId);

    /**
     * As {@link #findByLineId}, locking the return: units of one return scanned at once count one after another. Its
     * lines come in the same query.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(
            "select r from ReturnRequest r join r.lines l join fetch r.lines where r.clientId = :clientId and l.id = :lineId")
    Optional<ReturnRequest> lockByLineId(UUID clientId, UUID lineId);

    /** Shipped returns whose parcel was last scanned before the instant (candidates to count as lost). */
    @Query("select r.id from ReturnRequest r where r.status = org.retrogistics.returns.ReturnStatus.IN_TRANSIT"
            + " and r.lastScanAt < :before")
    List<UUID> findIdsInTransitSince(java.time.Instant before);

    @Query(
            """
            select r from ReturnRequest r where r.clientId = :clientId
              and (:status is null or r.status = :status)
              and (:kind is null or r.kind = :kind)
              and (:email is null or lower(r.customerEmail) = lower(cast(:email as string)))
              and (:rma is null or r.rmaNumber like concat(cast(:rma as string), '%'))
              and (cast(:from as timestamp) is null or r.requestedAt >= :from)
              and (cast(:to as timestamp) is null or r.requestedAt < :to)
            """)
    Page<ReturnRequest> search(
            UUID clientId,
            ReturnStatus status,
            ReturnKind kind,
            String email,
            String rma,
            Instant from,
            Instant to,
            Pageable pageable);

    @Query("select r.id from ReturnRequest r where r.status = :status and r.expiresAt < :now")
    List<UUID> findIdsByStatusAndExpiresAtBefore(ReturnStatus status, Instant now);

    @Query(value = "select nextval('rma_number_seq')", nativeQuery = true)
    long nextRmaNumber();

    @Query("select r.status, count(r) from ReturnRequest r where r.clientId = :clientId group by r.status")
    List<Object[]> countByStatus(UUID clientId);

    @Query(
            """
            select distinct r from ReturnRequest r join r.lines l
            where r.clientId = :clientId and l.orderId = :orderId order by r.requestedAt desc
            """)
    List<ReturnRequest> findByOrder(UUID clientId, UUID orderId);
}
