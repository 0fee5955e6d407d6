package org.retrogistics.returns.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.returns.ReturnPolicy;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReturnPolicyRepository extends JpaRepository<ReturnPolicy, UUID> {

    Optional<ReturnPolicy> findFirstByClientIdOrderByVersionDesc(UUID clientId);

    List<ReturnPolicy> findByClientIdOrderByVersionDesc(UUID clientId);
}
