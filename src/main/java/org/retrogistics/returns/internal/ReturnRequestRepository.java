package org.retrogistics.returns.internal;

import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.returns.ReturnRequest;
import org.retrogistics.returns.ReturnSearch;
import org.retrogistics.returns.ReturnStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ReturnRequestRepository
        extends JpaRepository<ReturnRequest, UUID>, JpaSpecificationExecutor<ReturnRequest> {

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

    /** The client's returns that match every filter given; an absent filter matches all. */
    default Page<ReturnRequest> search(UUID clientId, ReturnSearch filter, Pageable pageable) {
        return findAll(
                (root, query, cb) -> {
                    List<Predicate> where = new ArrayList<>();
                    where.add(cb.equal(root.get("clientId"), clientId));
                    if (filter.status() != null) {
                        where.add(cb.equal(root.get("status"), filter.status()));
                    }
                    if (filter.kind() != null) {
                        where.add(cb.equal(root.get("kind"), filter.kind()));
                    }
                    if (filter.email() != null) {
                        where.add(cb.equal(cb.lower(root.get("customerEmail")), cb.lower(cb.literal(filter.email()))));
                    }
                    if (filter.rma() != null) {
                        where.add(cb.like(root.get("rmaNumber"), filter.rma() + "%"));
                    }
                    if (filter.from() != null) {
                        where.add(cb.greaterThanOrEqualTo(root.<Instant>get("requestedAt"), filter.from()));
                    }
                    if (filter.to() != null) {
                        where.add(cb.lessThan(root.<Instant>get("requestedAt"), filter.to()));
                    }
                    return cb.and(where.toArray(Predicate[]::new));
                },
                pageable);
    }

    @Query("select r.id from ReturnRequest r where r.status = :status and r.expiresAt < :now")
    List<UUID> findIdsByStatusAndExpiresAtBefore(ReturnStatus status, Instant now);

    /** Moves the ship-by deadline of these authorized returns; the demo's way to have one to expire. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ReturnRequest r set r.expiresAt = :at where r.id in :ids and r.status = :status")
    int moveExpiry(List<UUID> ids, ReturnStatus status, Instant at);

    @Query(value = "select nextval('rma_number_seq')", nativeQuery = true)
    long nextRmaNumber();

    @Query("select r.status, count(r) from ReturnRequest r where r.clientId = :clientId group by r.status")
    List<Object[]> countByStatus(UUID clientId);

    /** Over every client: for the metrics, which carry no client label. */
    @Query("select r.status, count(r) from ReturnRequest r group by r.status")
    List<Object[]> countByStatusOfAllClients();

    @Query(
            """
            select distinct r from ReturnRequest r join r.lines l
            where r.clientId = :clientId and l.orderId = :orderId order by r.requestedAt desc
            """)
    List<ReturnRequest> findByOrder(UUID clientId, UUID orderId);
}
