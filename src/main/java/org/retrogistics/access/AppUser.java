package org.retrogistics.access;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.retrogistics.shared.ClientId;

/**
 * A person who signs in to the console; belongs to one client. Every change to what the user may do (disabled,
 * enabled, roles, password) raises the version, which ends the user's console sessions (ADR 0013).
 */
@Entity
@Table(schema = "access")
public class AppUser {

    @Id
    private UUID id;

    private UUID clientId;
    private String username;
    private String passwordHash;
    private String displayName;
    private String roles;
    private boolean enabled;

    @jakarta.persistence.Version
    private Long version;

    protected AppUser() {}

    AppUser(ClientId clientId, String username, String passwordHash, String displayName, Set<Role> roles) {
        this.id = UUID.randomUUID();
        this.clientId = clientId.value();
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = joined(roles);
        this.enabled = true;
    }

    Actor toActor() {
        return new Actor(new ClientId(clientId), username, roleSet(), passwordHash, null, version);
    }

    void disable() {
        if (!enabled) {
            throw new AccessManagement.UserStateUnchanged("User " + username + " is already disabled");
        }
        enabled = false;
    }

    void enable() {
        if (enabled) {
            throw new AccessManagement.UserStateUnchanged("User " + username + " is already enabled");
        }
        enabled = true;
    }

    void changeRoles(Set<Role> newRoles) {
        roles = joined(newRoles);
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
    }

    String passwordHash() {
        return passwordHash;
    }

    private static String joined(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    public Set<Role> roleSet() {
        if (roles == null || roles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(","))
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    UUID id() {
        return id;
    }

    public ClientId clientId() {
        return new ClientId(clientId);
    }

    Long version() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
