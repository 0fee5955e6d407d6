package org.retrogistics.integration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A client's subscription as shown: where events go and which. Its secret is shown only when made (at the
 * subscription and at each rotation, {@link SubscribedWebhook}).
 *
 * @param previousSecretUntil while set and in the future, the secret before the last rotation also signs
 */
public record WebhookSubscription(
        UUID id,
        String url,
        List<String> eventTypes,
        String description,
        boolean enabled,
        Instant createdAt,
        String createdBy,
        Instant previousSecretUntil) {}
