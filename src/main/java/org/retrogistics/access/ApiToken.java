package org.retrogistics.access;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.retrogistics.shared.ClientId;

/**
 * A machine credential of one client; only the SHA-256 of the secret is stored. A CUSTOMER token is bound to one
 * shopper (its normalised e-mail) when issued and acts for that shopper only. A token works until it expires or is
 * revoked, whichever comes first.
 */
@Entity
@Table(schema = "access")
public class ApiToken {

    @Id
    private UUID id;

    private UUID clientId;
    private String name;
    private String tokenHash;
    private String roles;
    private String customerEmail;
    private Instant createdAt;
    private String createdBy;
    private Instant expiresAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    @jakarta.persistence.Version
    private Long version;

    protected ApiToken() {}

    /** What a token grants, to whom, and who issued it. */
    record Draft(ClientId clientId, String name, Set<Role> roles, String customerEmail, String createdBy) {}

    /** A token stored by the hash of its secret only. */
    ApiToken(Draft draft, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.clientId = draft.clientId().value();
        this.name = draft.name();
        this.tokenHash = tokenHash;
        this.roles = draft.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.customerEmail = ShopperScope.normalise(draft.customerEmail());
        this.createdBy = draft.createdBy();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Actor toActor() {
        return new Actor(new ClientId(clientId), "token:" + name, roleSet(), null, customerEmail);
    }

    /** Ends the token for good; a revoked token cannot be revoked again. */
    void revoke(Instant now) {
        if (revokedAt != null) {
            throw new TokenManagement.TokenAlreadyRevoked();
        }
        revokedAt = now;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    public Set<Role> roleSet() {
        return Arrays.stream(roles.split(","))
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public UUID getId() {
        return id;
    }

    public ClientId clientId() {
        return new ClientId(clientId);
    }

    public String getName() {
        return name;
    }

    String tokenHash() {
        return tokenHash;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
