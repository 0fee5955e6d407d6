package org.retrogistics.inspection.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.inspection.Checklist;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChecklistRepository extends JpaRepository<Checklist, UUID> {

    Optional<Checklist> findFirstByClientIdAndFamilyAndPathAndActiveTrue(UUID clientId, String family, String path);

    Optional<Checklist> findFirstByClientIdAndFamilyAndPathOrderByVersionDesc(
            UUID clientId, String family, String path);

    Optional<Checklist> findByIdAndClientId(UUID id, UUID clientId);

    List<Checklist> findByClientIdOrderByFamilyAscPathAscVersionDesc(UUID clientId);
}
