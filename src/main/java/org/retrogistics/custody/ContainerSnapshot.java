package org.retrogistics.custody;

import java.time.Instant;
import java.util.UUID;

/** A container as other modules see it: its SSCC, kind, the container it sits in, and where it is. */
public record ContainerSnapshot(
        UUID id, String sscc, ContainerKind kind, UUID parentId, String location, Instant createdAt, Long version) {

    static ContainerSnapshot of(Container c) {
        return new ContainerSnapshot(
                c.getId(),
                c.getSscc(),
                c.getKind(),
                c.getParentId(),
                c.getLocation(),
                c.getCreatedAt(),
                c.getVersion());
    }
}
