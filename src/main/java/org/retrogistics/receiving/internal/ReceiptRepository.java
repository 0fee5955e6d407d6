package org.retrogistics.receiving.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.receiving.Receipt;
import org.retrogistics.receiving.ReceiptOutcome;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReceiptRepository extends JpaRepository<Receipt, UUID> {

    List<Receipt> findByClientIdOrderByRecordedAtDesc(UUID clientId, Pageable page);

    @Query("select r from Receipt r where r.unitId = :unitId and r.outcome <> :excluded")
    Optional<Receipt> findTakenIn(UUID unitId, ReceiptOutcome excluded);
}
