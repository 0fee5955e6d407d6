package org.retrogistics.access.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.AppUser;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUser, UUID> {

    Optional<AppUser> findByUsername(String username);

    Optional<AppUser> findByUsernameAndClientId(String username, UUID clientId);

    List<AppUser> findByClientIdOrderByUsername(UUID clientId);
}
