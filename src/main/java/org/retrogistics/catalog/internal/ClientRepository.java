package org.retrogistics.catalog.internal;

import java.util.Optional;
import java.util.UUID;
import org.retrogistics.catalog.Client;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClientRepository extends JpaRepository<Client, UUID> {

    Optional<Client> findByCode(String code);
}
