package org.retrogistics.integration.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.integration.SubscribedWebhook;
import org.retrogistics.integration.WebhookDelivery;
import org.retrogistics.integration.WebhookSubscription;
import org.retrogistics.integration.WebhookSubscriptionDraft;
import org.retrogistics.integration.WebhookSubscriptions;
import org.retrogistics.shared.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outbound webhooks: the event types on offer, a client's subscriptions (the secret is shown when subscribing and at
 * each rotation, never again), each subscription's delivery log, and replay of a delivery. Managers and administrators
 * only: a subscription sends the client's data to a URL of their choosing.
 */
@RestController
@RequestMapping("/api/integration")
class WebhooksApi {

    private static final String MANAGERS = "hasAnyRole('MANAGER','ADMIN')";

    private final WebhookSubscriptions webhooks;

    WebhooksApi(WebhookSubscriptions webhooks) {
        this.webhooks = webhooks;
    }

    record EventTypeView(String name, String description) {}

    /** A subscription; {@code secret} only in the answers to a subscription and a rotation. */
    record SubscriptionView(
            UUID id,
            String url,
            List<String> eventTypes,
            String description,
            boolean enabled,
            Instant createdAt,
            String createdBy,
            Instant previousSecretUntil,
            String secret) {
        static SubscriptionView of(WebhookSubscription s, String secret) {
            return new SubscriptionView(
                    s.id(),
                    s.url(),
                    s.eventTypes(),
                    s.description(),
                    s.enabled(),
                    s.createdAt(),
                    s.createdBy(),
                    s.previousSecretUntil(),
                    secret);
        }

        static SubscriptionView of(SubscribedWebhook w) {
            return of(w.subscription(), w.secret());
        }
    }

    @GetMapping("/event-types")
    @PreAuthorize(MANAGERS)
    List<EventTypeView> eventTypes() {
        return webhooks.catalogue().stream()
                .map(t -> new EventTypeView(t.publicName(), t.description()))
                .toList();
    }

    @GetMapping("/webhooks")
    @PreAuthorize(MANAGERS)
    List<SubscriptionView> list(@AuthenticationPrincipal Actor actor) {
        return webhooks.list(actor.clientId()).stream()
                .map(s -> SubscriptionView.of(s, null))
                .toList();
    }

    @PostMapping("/webhooks")
    @PreAuthorize(MANAGERS)
    @ApiResponse(responseCode = "201", description = "the subscription, with its secret (shown this once)")
    ResponseEntity<SubscriptionView> subscribe(
            @AuthenticationPrincipal Actor actor, @RequestBody WebhookSubscriptionDraft draft) {
        SubscribedWebhook w = webhooks.subscribe(actor, draft);
        return ResponseEntity.created(URI.create(
                        "/api/integration/webhooks/" + w.subscription().id()))
                .body(SubscriptionView.of(w));
    }

    @GetMapping("/webhooks/{id}")
    @PreAuthorize(MANAGERS)
    SubscriptionView get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return SubscriptionView.of(webhooks.get(actor.clientId(), id), null);
    }

    /** Replaces the URL, the event types, the description and whether it is on; the secret stays. */
    @PutMapping("/webhooks/{id}")
    @PreAuthorize(MANAGERS)
    SubscriptionView change(
            @AuthenticationPrincipal Actor actor, @PathVariable UUID id, @RequestBody WebhookSubscriptionDraft draft) {
        return SubscriptionView.of(webhooks.change(actor, id, draft), null);
    }

    @DeleteMapping("/webhooks/{id}")
    @PreAuthorize(MANAGERS)
    ResponseEntity<Void> unsubscribe(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        webhooks.unsubscribe(actor, id);
        return ResponseEntity.noContent().build();
    }

    /** A new secret, shown this once; the previous one keeps signing beside it for the grace period. */
    @PostMapping("/webhooks/{id}/rotate-secret")
    @PreAuthorize(MANAGERS)
    SubscriptionView rotateSecret(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return SubscriptionView.of(webhooks.rotateSecret(actor, id));
    }

    @GetMapping("/webhooks/{id}/deliveries")
    @PreAuthorize(MANAGERS)
    PageOf<WebhookDelivery> deliveries(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return webhooks.deliveries(actor.clientId(), id, page, size);
    }

    @GetMapping("/webhooks/{id}/deliveries/{deliveryId}")
    @PreAuthorize(MANAGERS)
    WebhookDelivery delivery(
            @AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID deliveryId) {
        return webhooks.delivery(actor.clientId(), id, deliveryId);
    }

    /** Sends the message again (same webhook-id and body) as a new delivery, due now. */
    @PostMapping("/webhooks/{id}/deliveries/{deliveryId}/replay")
    @PreAuthorize(MANAGERS)
    @ApiResponse(responseCode = "202", description = "the new delivery, due now")
    ResponseEntity<WebhookDelivery> replay(
            @AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID deliveryId) {
        WebhookDelivery d = webhooks.replay(actor, id, deliveryId);
        return ResponseEntity.accepted()
                .location(URI.create("/api/integration/webhooks/" + id + "/deliveries/" + d.id()))
                .body(d);
    }
}
