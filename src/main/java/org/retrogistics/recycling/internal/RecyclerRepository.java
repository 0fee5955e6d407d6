package org.retrogistics.recycling.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.recycling.Recycler;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecyclerRepository extends JpaRepository<Recycler, UUID> {

    Optional<Recycler> findByIdAndClientId(UUID id, UUID clientId);

    List<Recycler> findByClientIdOrderByCode(UUID clientId);

    boolean existsByClientIdAndCode(UUID clientId, String code);
}
