package org.retrogistics.refunds;

import java.util.UUID;
import org.retrogistics.shared.Money;

/**
 * The port to whoever moves the money: the payout ledger by default, or a payment provider's API. An adapter never
 * throws for a refusal or an outage: it answers a failure with the reason, and the movement becomes FAILED.
 */
public interface PaymentProvider {

    /** One payout (OUT) or charge (IN); the idempotency key is the same on every attempt for one movement. */
    record Payout(
            UUID clientId,
            UUID movementId,
            String idempotencyKey,
            MovementKind kind,
            Money amount,
            String customerEmail,
            String rmaNumber,
            int lineNo) {}

    /** The provider's answer: its reference when done, else why not. */
    record PayoutResult(boolean done, String reference, String failure) {

        public static PayoutResult done(String reference) {
            return new PayoutResult(true, reference, null);
        }

        public static PayoutResult failed(String failure) {
            return new PayoutResult(false, null, failure);
        }
    }

    /** Short name for records and logs ("ledger", "http"). */
    String name();

    PayoutResult pay(Payout payout);
}
