package org.retrogistics.resale.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.resale.ChannelKind;
import org.retrogistics.resale.SalesChannel;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChannelRepository extends JpaRepository<SalesChannel, UUID> {

    Optional<SalesChannel> findByIdAndClientId(UUID id, UUID clientId);

    List<SalesChannel> findByClientIdOrderByKindAscCodeAsc(UUID clientId);

    List<SalesChannel> findByClientIdAndKindOrderByCreatedAtAsc(UUID clientId, ChannelKind kind);

    boolean existsByClientIdAndCode(UUID clientId, String code);
}
