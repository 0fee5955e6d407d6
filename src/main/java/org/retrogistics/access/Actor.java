package org.retrogistics.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.retrogistics.shared.ClientId;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The party a request runs as: a user or an API token, always of exactly one client. Every service call takes the
 * actor's client, so no request can reach another client's rows. A customer (a storefront's token, a portal session)
 * also carries the one shopper it was bound to when issued; {@link ShopperScope} holds it to that shopper's records.
 */
public final class Actor implements UserDetails, CredentialsContainer {

    private final ClientId clientId;
    private final String name;
    private final Set<Role> roles;
    private final String boundEmail;
    private final Long userVersion;
    private String passwordHash;

    public Actor(ClientId clientId, String name, Set<Role> roles, String passwordHash) {
        this(clientId, name, roles, passwordHash, null);
    }

    Actor(ClientId clientId, String name, Set<Role> roles, String passwordHash, String boundEmail) {
        this(clientId, name, roles, passwordHash, boundEmail, null);
    }

    Actor(ClientId clientId, String name, Set<Role> roles, String passwordHash, String boundEmail, Long userVersion) {
        this.clientId = clientId;
        this.userVersion = userVersion;
        this.name = name;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.boundEmail = ShopperScope.normalise(boundEmail);
    }

    /** A customer bound to the shopper with this e-mail: sees and acts on that shopper's records only. */
    public static Actor shopper(ClientId clientId, String name, String email) {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("a shopper is bound to an e-mail address");
        }
        return new Actor(clientId, name, EnumSet.of(Role.CUSTOMER), null, email);
    }

    public static Actor system(ClientId clientId, String name) {
        return new Actor(clientId, name, EnumSet.of(Role.ADMIN), null);
    }

    public ClientId clientId() {
        return clientId;
    }

    public String name() {
        return name;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether a signed-in user (a person with a password) acts, rather than a token, a portal shopper or the system. */
    public boolean isUser() {
        return userVersion != null;
    }

    /** The version of the user's record when this actor signed in; a later change ends its sessions. */
    Long userVersion() {
        return userVersion;
    }

    /** The shopper's e-mail (normalised) this actor was bound to; empty for staff. */
    public Optional<String> boundEmail() {
        return Optional.ofNullable(boundEmail);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return name;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return name + "@" + clientId + " " + List.copyOf(roles) + (boundEmail == null ? "" : " for a shopper");
    }
}
