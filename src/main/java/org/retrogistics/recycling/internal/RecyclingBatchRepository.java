package org.retrogistics.recycling.internal;

import java.util.Optional;
import java.util.UUID;
import org.retrogistics.recycling.BatchStatus;
import org.retrogistics.recycling.RecyclingBatch;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RecyclingBatchRepository extends JpaRepository<RecyclingBatch, UUID> {

    Optional<RecyclingBatch> findByIdAndClientId(UUID id, UUID clientId);

    @Query(
            """
            select b from RecyclingBatch b where b.clientId = :client and (:status is null or b.status = :status)
            order by b.createdAt desc
            """)
    Page<RecyclingBatch> search(UUID client, BatchStatus status, Pageable page);

    @Query(value = "select nextval('recycling_batch_seq')", nativeQuery = true)
    long nextNumber();
}
