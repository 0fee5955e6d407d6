package org.retrogistics.integration;

import java.util.List;

/**
 * What a client asks for: the receiver's URL (https; plain http only to this machine, for development), the event
 * types by their public names ({@link WebhookEventType}), a note, and whether it is on (default on).
 */
public record WebhookSubscriptionDraft(String url, List<String> eventTypes, String description, Boolean enabled) {}
