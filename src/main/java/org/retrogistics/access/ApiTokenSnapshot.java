package org.retrogistics.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An API token as the pages read it: its name, roles, shopper, who issued it when, its expiry, use and revocation. */
public record ApiTokenSnapshot(
        UUID id,
        String name,
        Set<Role> roles,
        String customerEmail,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    static ApiTokenSnapshot of(ApiToken t) {
        return new ApiTokenSnapshot(
                t.getId(),
                t.getName(),
                java.util.Collections.unmodifiableSet(t.roleSet()),
                t.getCustomerEmail(),
                t.getCreatedAt(),
                t.getCreatedBy(),
                t.getExpiresAt(),
                t.getLastUsedAt(),
                t.getRevokedAt());
    }
}
