package org.retrogistics.custody.internal;

import java.util.List;
import java.util.UUID;
import org.retrogistics.custody.CustodyEvent;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustodyEventRepository extends JpaRepository<CustodyEvent, Long> {

    List<CustodyEvent> findByUnitIdOrderBySeq(UUID unitId);

    @Query("select coalesce(max(e.seq), 0) from CustodyEvent e where e.unitId = :unitId")
    int lastSeq(UUID unitId);
}
