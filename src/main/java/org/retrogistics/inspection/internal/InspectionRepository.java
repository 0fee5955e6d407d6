package org.retrogistics.inspection.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.inspection.Inspection;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionRepository extends JpaRepository<Inspection, UUID> {

    Optional<Inspection> findFirstByClientIdAndUnitIdOrderByInspectedAtDesc(UUID clientId, UUID unitId);

    List<Inspection> findByClientIdAndUnitIdOrderByInspectedAtDesc(UUID clientId, UUID unitId);
}
