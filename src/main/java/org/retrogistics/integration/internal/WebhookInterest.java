package org.retrogistics.integration.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Set;
import java.util.UUID;
import org.retrogistics.disposition.DispositionsDecided;
import org.retrogistics.integration.IntegrationSettings;
import org.springframework.stereotype.Component;

/**
 * Whether an event's client subscribes to its type: the condition of the webhook listeners, evaluated in the
 * publishing thread for every catalogued event. What a client subscribes to is kept for a few seconds, so a busy
 * step costs no query each time; this instance forgets it at once when a subscription changes here, and another
 * instance within the cache's time (ADR 0027).
 */
@Component("webhookInterest")
public class WebhookInterest {

    private final WebhookStore store;
    private final Cache<UUID, Set<String>> types;

    WebhookInterest(WebhookStore store, IntegrationSettings settings) {
        this.store = store;
        this.types = Caffeine.newBuilder()
                .expireAfterWrite(settings.webhooks().interestCache())
                .maximumSize(10_000)
                .build();
    }

    public boolean wants(Object event) {
        if (event instanceof DispositionsDecided batch) {
            return !batch.decisions().isEmpty() && wants(batch.decisions().get(0));
        }
        WebhookMessages.Subject s = WebhookMessages.subject(event);
        return s != null
                && types.get(s.clientId(), store::subscribedTypes)
                        .contains(s.type().publicName());
    }

    /** Forgets what the client subscribes to, after a change of its subscriptions. */
    public void forget(UUID client) {
        types.invalidate(client);
    }
}
