package org.retrogistics.custody.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.custody.Unit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnitRepository extends JpaRepository<Unit, UUID> {

    Optional<Unit> findByIdAndClientId(UUID id, UUID clientId);

    Optional<Unit> findByClientIdAndLicencePlate(UUID clientId, String licencePlate);

    List<Unit> findByClientIdAndSerial(UUID clientId, String serial);

    List<Unit> findByContainerIdOrderByLicencePlate(UUID containerId);

    List<Unit> findByClientIdAndSourceRefInOrderByLicencePlate(UUID clientId, Collection<String> sourceRefs);

    @Query(value = "select nextval('licence_plate_seq') from generate_series(1, :count)", nativeQuery = true)
    List<Long> nextLicencePlates(int count);
}
