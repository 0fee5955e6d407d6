package org.retrogistics.history.pages;

import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * For the console's navigation: whether the signed-in person may import history. Apart from {@link HistoryPages},
 * whose class-wide role check would refuse the question itself to everyone else.
 */
@Component("historyNavigation")
public class HistoryNavigation {

    public boolean visible() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getPrincipal() instanceof Actor actor
                && (actor.has(Role.MANAGER) || actor.has(Role.ADMIN));
    }
}
