package org.retrogistics.custody.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.custody.Container;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContainerRepository extends JpaRepository<Container, UUID> {

    Optional<Container> findByClientIdAndSscc(UUID clientId, String sscc);

    List<Container> findByParentId(UUID parentId);

    @Query(value = "select nextval('sscc_serial_seq')", nativeQuery = true)
    long nextSerial();
}
