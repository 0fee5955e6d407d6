package org.retrogistics.access.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.PasswordReset;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PasswordResetRepository extends JpaRepository<PasswordReset, UUID> {

    Optional<PasswordReset> findBySecretHash(String secretHash);

    List<PasswordReset> findByUserIdAndUsedAtIsNull(UUID userId);
}
