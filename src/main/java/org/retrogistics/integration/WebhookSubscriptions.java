package org.retrogistics.integration;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.integration.internal.WebhookInterest;
import org.retrogistics.integration.internal.WebhookStore;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.NotFound;
import org.retrogistics.shared.PageOf;
import org.retrogistics.shared.WebhookSignature;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's webhook subscriptions, their secrets and their deliveries: subscribe, change, remove, rotate the secret,
 * read the delivery log and replay a delivery. Every call is scoped to the actor's client.
 */
@Service
public class WebhookSubscriptions {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final int MAX_URL = 2000;

    private final WebhookStore store;
    private final WebhookInterest interest;
    private final IntegrationSettings settings;

    WebhookSubscriptions(WebhookStore store, WebhookInterest interest, IntegrationSettings settings) {
        this.store = store;
        this.interest = interest;
        this.settings = settings;
    }

    /** The event types a subscription may ask for. */
    public List<WebhookEventType> catalogue() {
        return List.of(WebhookEventType.values());
    }

    @Transactional
    public SubscribedWebhook subscribe(Actor actor, WebhookSubscriptionDraft draft) {
        WebhookStore.NewSubscription s = checked(actor.clientId(), UUID.randomUUID(), draft);
        String secret = WebhookSignature.newSecret();
        store.insert(s, secret, actor.getUsername());
        interest.forget(actor.clientId().value());
        return new SubscribedWebhook(get(actor.clientId(), s.id()), secret);
    }

    @Transactional
    public WebhookSubscription change(Actor actor, UUID id, WebhookSubscriptionDraft draft) {
        if (!store.update(checked(actor.clientId(), id, draft))) {
            throw new NotFound("webhook subscription", id);
        }
        interest.forget(actor.clientId().value());
        return get(actor.clientId(), id);
    }

    /** Removes the subscription with its delivery log; deliveries still due are not sent. */
    @Transactional
    public void unsubscribe(Actor actor, UUID id) {
        if (!store.delete(actor.clientId(), id)) {
            throw new NotFound("webhook subscription", id);
        }
        interest.forget(actor.clientId().value());
    }

    /** A new secret; the one it replaces keeps signing beside it for the rotation's grace. */
    @Transactional
    public SubscribedWebhook rotateSecret(Actor actor, UUID id) {
        String secret = WebhookSignature.newSecret();
        if (!store.rotate(actor.clientId(), id, secret, settings.webhooks().rotationGrace())) {
            throw new NotFound("webhook subscription", id);
        }
        return new SubscribedWebhook(get(actor.clientId(), id), secret);
    }

    public List<WebhookSubscription> list(ClientId client) {
        return store.list(client);
    }

    public WebhookSubscription get(ClientId client, UUID id) {
        return store.find(client, id).orElseThrow(() -> new NotFound("webhook subscription", id));
    }

    /** The subscription's deliveries, newest first. */
    public PageOf<WebhookDelivery> deliveries(ClientId client, UUID subscription, int page, int size) {
        get(client, subscription);
        return store.deliveries(client, subscription, page, size);
    }

    /** One delivery with its attempts. */
    public WebhookDelivery delivery(ClientId client, UUID subscription, UUID id) {
        return store.delivery(client, subscription, id).orElseThrow(() -> new NotFound("webhook delivery", id));
    }

    /** Sends the delivery's message again, as a new delivery due now (whatever became of the first). */
    @Transactional
    public WebhookDelivery replay(Actor actor, UUID subscription, UUID id) {
        UUID replay = store.replay(actor.clientId(), subscription, id)
                .orElseThrow(() -> new NotFound("webhook delivery", id));
        return delivery(actor.clientId(), subscription, replay);
    }

    private static WebhookStore.NewSubscription checked(ClientId client, UUID id, WebhookSubscriptionDraft draft) {
        if (draft == null) {
            throw new InvalidWebhookSubscription("a subscription needs a url and event types");
        }
        String url = checkedUrl(draft.url());
        if (draft.eventTypes() == null || draft.eventTypes().isEmpty()) {
            throw new InvalidWebhookSubscription("eventTypes names no event type; see /api/integration/event-types");
        }
        Set<String> types = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String t : draft.eventTypes()) {
            if (t != null && WebhookEventType.named(t.strip()).isPresent()) {
                types.add(t.strip());
            } else {
                unknown.add(String.valueOf(t));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidWebhookSubscription(
                    "unknown event types " + unknown + "; the catalogue is at /api/integration/event-types");
        }
        String description = draft.description() == null || draft.description().isBlank()
                ? null
                : draft.description().strip();
        if (description != null && description.length() > 200) {
            throw new InvalidWebhookSubscription("description is longer than 200 characters");
        }
        return new WebhookStore.NewSubscription(
                id, client, url, List.copyOf(types), description, draft.enabled() == null || draft.enabled());
    }

    /** https anywhere; plain http only to this machine (a receiver under development); no credentials in the URL. */
    static String checkedUrl(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL) {
            throw new InvalidWebhookSubscription("url is required, at most " + MAX_URL + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidWebhookSubscription("url is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidWebhookSubscription("url needs a host, and no user, password or fragment");
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && LOOPBACK.contains(host))) {
            throw new InvalidWebhookSubscription(
                    "url must be https (plain http is allowed to localhost and 127.0.0.1 only)");
        }
        return uri.toString();
    }
}
