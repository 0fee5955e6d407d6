package org.retrogistics.access.internal;

import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.ApiToken;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

    Optional<ApiToken> findByTokenHash(String tokenHash);
}
