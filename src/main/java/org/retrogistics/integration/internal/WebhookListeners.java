package org.retrogistics.integration.internal;

import org.retrogistics.disposition.DispositionDecided;
import org.retrogistics.disposition.DispositionsDecided;
import org.retrogistics.inspection.UnitGraded;
import org.retrogistics.receiving.UnitReceived;
import org.retrogistics.refunds.RefundEvents.RefundIssued;
import org.retrogistics.returns.ReturnEvents.ReturnAuthorized;
import org.retrogistics.returns.ReturnEvents.ReturnClosed;
import org.retrogistics.returns.ReturnEvents.ReturnReceived;
import org.retrogistics.returns.ReturnEvents.ReturnRejected;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * One listener per catalogued event type, through the event publication registry (the outbox): a listener that has
 * not finished when the application stops runs again at the next start, and writes the event's deliveries. Each
 * listens only when the event's client has a subscription to its type ({@link WebhookInterest}): Spring Modulith
 * evaluates the condition before it records a publication, so a client without webhooks costs no publication and no
 * commit (ADR 0022).
 */
@Component
class WebhookListeners {

    private static final String WANTED = "@webhookInterest.wants(#e)";

    private final WebhookStore store;

    WebhookListeners(WebhookStore store) {
        this.store = store;
    }

    @ApplicationModuleListener(condition = WANTED)
    void on(ReturnAuthorized e) {
        write(e);
    }

    @ApplicationModuleListener(condition = WANTED)
    void on(ReturnRejected e) {
        write(e);
    }

    @ApplicationModuleListener(condition = WANTED)
    void on(ReturnReceived e) {
        write(e);
    }

    @ApplicationModuleListener(condition = WANTED)
    void on(ReturnClosed e) {
        write(e);
    }

    @ApplicationModuleListener(condition = WANTED)
    void on(UnitReceived e) {
        write(e);
    }

    @ApplicationModuleListener(condition = WANTED)
    void on(UnitGraded e) {
        write(e);
    }

    @ApplicationModuleListener(condition = WANTED)
    void on(DispositionDecided e) {
        write(e);
    }

    /** A re-evaluation's batch: one message per decision, as if each had been published alone. */
    @ApplicationModuleListener(condition = WANTED)
    void on(DispositionsDecided e) {
        e.decisions().forEach(this::write);
    }

    @ApplicationModuleListener(condition = WANTED)
    void on(RefundIssued e) {
        write(e);
    }

    private void write(Object event) {
        WebhookMessages.Message m = WebhookMessages.of(event);
        store.enqueue(m.clientId(), m.type().publicName(), m.id(), m.body());
    }
}
