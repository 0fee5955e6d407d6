package org.retrogistics.access.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.ApiToken;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByClientIdOrderByCreatedAtDesc(UUID clientId);

    Optional<ApiToken> findByIdAndClientId(UUID id, UUID clientId);

    /** Records a use unless one at or after {@code since} is already on record (another instance wrote it). */
    @Modifying
    @Transactional
    @Query(
            "update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :since)")
    int recordUse(@Param("id") UUID id, @Param("now") Instant now, @Param("since") Instant since);
}
