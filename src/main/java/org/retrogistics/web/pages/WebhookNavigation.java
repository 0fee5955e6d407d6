package org.retrogistics.web.pages;

import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * For the console's navigation: whether the signed-in person manages webhooks. Apart from {@link WebhookPages}, whose
 * class-wide role check would refuse the question itself to everyone else and fail every console page for them.
 */
@Component("webhookNavigation")
public class WebhookNavigation {

    public boolean visible() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getPrincipal() instanceof Actor actor
                && (actor.has(Role.MANAGER) || actor.has(Role.ADMIN));
    }
}
