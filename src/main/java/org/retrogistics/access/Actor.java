package org.retrogistics.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.retrogistics.shared.ClientId;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The party a request runs as: a user or an API token, always of exactly one client. Every service call takes the
 * actor's client, so no request can reach another client's rows.
 */
public final class Actor implements UserDetails, CredentialsContainer {

    private final ClientId clientId;
    private final String name;
    private final Set<Role> roles;
    private String passwordHash;

    public Actor(ClientId clientId, String name, Set<Role> roles, String passwordHash) {
        this.clientId = clientId;
        this.name = name;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
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
        return name + "@" + clientId + " " + List.copyOf(roles);
    }
}
