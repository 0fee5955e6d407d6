package org.retrogistics.integration;

import org.retrogistics.shared.DomainException;

/** A subscription that cannot be kept: a URL we will not call, no or unknown event types. */
public class InvalidWebhookSubscription extends DomainException {
    InvalidWebhookSubscription(String message) {
        super(Kind.INVALID, "invalid-webhook-subscription", message);
    }
}
