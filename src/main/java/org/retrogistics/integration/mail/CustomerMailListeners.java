package org.retrogistics.integration.mail;

import java.util.HashMap;
import java.util.Map;
import org.retrogistics.refunds.MovementKind;
import org.retrogistics.refunds.RefundEvents.RefundIssued;
import org.retrogistics.returns.ReturnEvents.ReturnAuthorized;
import org.retrogistics.returns.ReturnEvents.ReturnReceived;
import org.retrogistics.returns.ReturnEvents.ReturnRejected;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The status e-mails' listeners, through the event publication registry (the outbox, ADR 0027): a listener that has
 * not finished when the application stops runs again at the next start and writes its e-mail, once (its key). They
 * exist only when an SMTP server is configured ({@code spring.mail.host}): without one no publication is recorded for
 * them and nothing is written.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class CustomerMailListeners {

    private final CustomerMails mails;

    CustomerMailListeners(CustomerMails mails) {
        this.mails = mails;
    }

    @ApplicationModuleListener
    void on(ReturnAuthorized e) {
        mails.write(
                new CustomerMails.About(
                        MailKind.RETURN_AUTHORIZED, e.clientId(), e.returnId(), e.returnId(), e.occurredAt()),
                Map.of());
    }

    /** With the reason the agent (or the policy) gave, which the shopper reads. */
    @ApplicationModuleListener
    void on(ReturnRejected e) {
        Map<String, Object> extra = new HashMap<>();
        extra.put("reason", e.reason() == null || e.reason().isBlank() ? null : e.reason());
        mails.write(
                new CustomerMails.About(
                        MailKind.RETURN_REJECTED, e.clientId(), e.returnId(), e.returnId(), e.occurredAt()),
                extra);
    }

    @ApplicationModuleListener
    void on(ReturnReceived e) {
        mails.write(
                new CustomerMails.About(
                        MailKind.RETURN_RECEIVED, e.clientId(), e.returnId(), e.returnId(), e.occurredAt()),
                Map.of());
    }

    /** Money to the shopper only: a charged exchange difference is not a refund. */
    @ApplicationModuleListener
    void on(RefundIssued e) {
        if (e.kind() == null || e.kind().direction() != MovementKind.Direction.OUT || e.returnId() == null) {
            return;
        }
        CustomerMails.About about = new CustomerMails.About(
                MailKind.REFUND_ISSUED, e.clientId(), e.returnId(), e.movementId(), e.occurredAt());
        mails.write(
                about,
                Map.of(
                        "amount",
                        new CustomerMails.Amount(e.amount(), e.currency()),
                        "refundWay",
                        "refund.kind." + e.kind().name()));
    }
}
