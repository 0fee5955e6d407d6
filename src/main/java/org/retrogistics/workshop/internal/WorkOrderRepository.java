package org.retrogistics.workshop.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.disposition.WorkKind;
import org.retrogistics.workshop.WorkOrder;
import org.retrogistics.workshop.WorkOrderStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkOrderRepository extends JpaRepository<WorkOrder, UUID> {

    Optional<WorkOrder> findByIdAndClientId(UUID id, UUID clientId);

    List<WorkOrder> findByClientIdAndUnitIdOrderByCreatedAt(UUID clientId, UUID unitId);

    boolean existsByUnitIdAndKindAndStatusNot(UUID unitId, WorkKind kind, WorkOrderStatus status);

    @Query(
            """
            select w from WorkOrder w where w.clientId = :clientId
              and (:status is null or w.status = :status)
              and (:kind is null or w.kind = :kind)
              and (:technician is null or w.technician = :technician)
            """)
    Page<WorkOrder> search(UUID clientId, WorkOrderStatus status, WorkKind kind, String technician, Pageable pageable);

    @Query(value = "select nextval('work_order_number_seq')", nativeQuery = true)
    long nextNumber();
}
