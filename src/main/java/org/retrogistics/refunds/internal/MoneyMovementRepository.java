package org.retrogistics.refunds.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.refunds.MoneyMovement;
import org.retrogistics.refunds.MovementStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MoneyMovementRepository extends JpaRepository<MoneyMovement, UUID> {

    Optional<MoneyMovement> findByIdAndClientId(UUID id, UUID clientId);

    List<MoneyMovement> findByClientIdAndReturnIdOrderByCreatedAt(UUID clientId, UUID returnId);

    List<MoneyMovement> findByClientIdAndReturnLineId(UUID clientId, UUID returnLineId);

    @Query(
            """
            select m from MoneyMovement m where m.clientId = :clientId
              and (:status is null or m.status = :status)
              and (:rma is null or m.rmaNumber = :rma)
            """)
    Page<MoneyMovement> search(UUID clientId, MovementStatus status, String rma, Pageable pageable);

    @Query(
            """
            select coalesce(sum(m.shippingFee), 0) from MoneyMovement m
             where m.clientId = :clientId and m.returnId = :returnId and m.status <> :cancelled
            """)
    java.math.BigDecimal shippingFeesTaken(UUID clientId, UUID returnId, MovementStatus cancelled);
}
