package org.retrogistics.access;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.retrogistics.shared.ClientId;

/**
 * A machine credential of one client; only the SHA-256 of the secret is stored. A CUSTOMER token is bound to one
 * shopper (its normalised e-mail) when issued and acts for that shopper only.
 */
@Entity
public class ApiToken {

    @Id
    private UUID id;

    private UUID clientId;
    private String name;
    private String tokenHash;
    private String roles;
    private String customerEmail;
    private Instant createdAt;
    private Instant revokedAt;

    @jakarta.persistence.Version
    private Long version;

    protected ApiToken() {}

    ApiToken(ClientId clientId, String name, String tokenHash, Set<Role> roles, String customerEmail) {
        this.id = UUID.randomUUID();
        this.clientId = clientId.value();
        this.name = name;
        this.tokenHash = tokenHash;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.customerEmail = ShopperScope.normalise(customerEmail);
        this.createdAt = Instant.now();
    }

    Actor toActor() {
        Set<Role> set = Arrays.stream(roles.split(","))
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new Actor(new ClientId(clientId), "token:" + name, set, null, customerEmail);
    }

    boolean active() {
        return revokedAt == null;
    }
}
