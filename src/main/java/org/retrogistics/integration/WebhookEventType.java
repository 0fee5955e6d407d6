package org.retrogistics.integration;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of event types a subscription may ask for. Each has a stable public name that carries the version of
 * its payload's schema ({@code return.authorized.v1}): a change that breaks a receiver gets a new name beside the old
 * one, never a change under the old one. The payload of each is {@code {type, timestamp, data}}.
 */
public enum WebhookEventType {
    RETURN_AUTHORIZED("return.authorized.v1", "A return was authorized: the customer may send it."),
    RETURN_REJECTED("return.rejected.v1", "A return was rejected, with the reason."),
    RETURN_RECEIVED("return.received.v1", "Every expected unit of a return has arrived."),
    RETURN_CLOSED("return.closed.v1", "A return was closed."),
    UNIT_RECEIVED("unit.received.v1", "A unit was taken in at the dock."),
    UNIT_GRADED("unit.graded.v1", "A unit was graded, after an inspection or a work order."),
    DISPOSITION_DECIDED("disposition.decided.v1", "A unit's disposition was decided or changed."),
    REFUND_ISSUED("refund.issued.v1", "Money went to (or came from) the customer.");

    private final String publicName;
    private final String description;

    WebhookEventType(String publicName, String description) {
        this.publicName = publicName;
        this.description = description;
    }

    /** The name receivers and subscriptions use; it never changes. */
    public String publicName() {
        return publicName;
    }

    public String description() {
        return description;
    }

    public static Optional<WebhookEventType> named(String publicName) {
        return Arrays.stream(values())
                .filter(t -> t.publicName.equals(publicName))
                .findFirst();
    }
}
