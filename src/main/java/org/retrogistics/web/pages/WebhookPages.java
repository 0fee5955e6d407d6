package org.retrogistics.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.integration.WebhookDelivery;
import org.retrogistics.integration.WebhookSubscription;
import org.retrogistics.integration.WebhookSubscriptions;
import org.retrogistics.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Webhooks in the console: each subscription with its recent deliveries, and a replay button on each delivery. */
@Controller("webhookPages")
@RequestMapping("/console/webhooks")
@PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
public class WebhookPages {

    private static final int RECENT = 10;

    private final WebhookSubscriptions webhooks;

    WebhookPages(WebhookSubscriptions webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping
    String list(@AuthenticationPrincipal Actor actor, Model model) {
        Map<WebhookSubscription, List<WebhookDelivery>> recent = new LinkedHashMap<>();
        for (WebhookSubscription s : webhooks.list(actor.clientId())) {
            recent.put(
                    s, webhooks.deliveries(actor.clientId(), s.id(), 0, RECENT).content());
        }
        model.addAttribute("subscriptions", recent);
        return "console/webhooks";
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/replay")
    String replay(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID deliveryId,
            RedirectAttributes flash) {
        try {
            WebhookDelivery d = webhooks.replay(actor, id, deliveryId);
            flash.addFlashAttribute("notice", "Replay of " + d.messageId() + " queued.");
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/webhooks";
    }
}
