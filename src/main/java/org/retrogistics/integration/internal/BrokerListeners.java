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
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes every catalogued event into the broker's outbox, through the event publication registry like the webhook
 * listeners (ADR 0027, 0029): a listener that has not finished when the application stops runs again at the next
 * start. Only when the broker is enabled: otherwise this bean does not exist and the events cost no publication.
 */
@Component
@ConditionalOnBooleanProperty("retrogistics.integration.broker.enabled")
class BrokerListeners {

    private final BrokerOutbox outbox;

    BrokerListeners(BrokerOutbox outbox) {
        this.outbox = outbox;
    }

    @ApplicationModuleListener
    void on(ReturnAuthorized e) {
        write(e);
    }

    @ApplicationModuleListener
    void on(ReturnRejected e) {
        write(e);
    }

    @ApplicationModuleListener
    void on(ReturnReceived e) {
        write(e);
    }

    @ApplicationModuleListener
    void on(ReturnClosed e) {
        write(e);
    }

    @ApplicationModuleListener
    void on(UnitReceived e) {
        write(e);
    }

    @ApplicationModuleListener
    void on(UnitGraded e) {
        write(e);
    }

    @ApplicationModuleListener
    void on(DispositionDecided e) {
        write(e);
    }

    /** A re-evaluation's batch: one message per decision, as if each had been published alone. */
    @ApplicationModuleListener
    void on(DispositionsDecided e) {
        e.decisions().forEach(this::write);
    }

    @ApplicationModuleListener
    void on(RefundIssued e) {
        write(e);
    }

    private void write(Object event) {
        WebhookMessages.Message m = WebhookMessages.of(event);
        outbox.add(m.clientId(), m.type().publicName(), m.id(), m.envelope());
    }
}
