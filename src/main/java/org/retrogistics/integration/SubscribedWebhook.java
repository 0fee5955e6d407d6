package org.retrogistics.integration;

/** A subscription with the secret just made for it: the only time the secret is shown. */
public record SubscribedWebhook(WebhookSubscription subscription, String secret) {}
