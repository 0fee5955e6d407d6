package org.retrogistics.web.pages;

import java.util.Arrays;
import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * For the console's templates: whether the signed-in person has one of the roles an action needs, so that a page
 * shows only the forms and links that person may use (the controllers check again; this only hides what would be
 * refused).
 */
@Component("roles")
public class ConsoleRoles {

    /** Whether the signed-in person has any of the roles named, e.g. {@code ${@roles.any('AGENT','MANAGER')}}. */
    public boolean any(String... names) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getPrincipal() instanceof Actor actor
                && Arrays.stream(names).map(Role::valueOf).anyMatch(actor::has);
    }
}
