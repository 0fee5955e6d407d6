package org.retrogistics.refunds.internal;

import java.util.List;
import java.util.UUID;
import org.retrogistics.refunds.LineResolution;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LineResolutionRepository extends JpaRepository<LineResolution, UUID> {

    List<LineResolution> findByClientIdAndReturnIdOrderByCreatedAt(UUID clientId, UUID returnId);

    boolean existsByClientIdAndSourceKey(UUID clientId, String sourceKey);
}
