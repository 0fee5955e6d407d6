package org.retrogistics.catalog.internal;

import java.util.List;
import java.util.UUID;
import org.retrogistics.catalog.Site;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SiteRepository extends JpaRepository<Site, UUID> {

    List<Site> findByClientIdOrderByCode(UUID clientId);

    boolean existsByClientIdAndCode(UUID clientId, String code);
}
