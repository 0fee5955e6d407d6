package org.retrogistics.access;

import java.util.Set;

/** A client's user as other modules may see it: the sign-in name, the roles, and whether the account is enabled. */
public record StaffMember(String username, Set<Role> roles, boolean enabled) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }
}
