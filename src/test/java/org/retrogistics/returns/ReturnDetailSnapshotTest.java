package org.retrogistics.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retrogistics.returns.PolicyFixtures.NOW;
import static org.retrogistics.returns.PolicyFixtures.deliveredDaysAgo;
import static org.retrogistics.returns.PolicyFixtures.phone;
import static org.retrogistics.returns.PolicyFixtures.policy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.shared.Money;

/** The pages read a return as a snapshot: it copies what they show, and the customer is told the agent's words. */
class ReturnDetailSnapshotTest {

    private static ReturnRequest underReview() {
        ProductFacts p = phone();
        ReturnLineSpec spec = new ReturnLineSpec(
                p, deliveredDaysAgo(p, 5, false), 2, ReturnReason.DEFECTIVE, null, null, null, null, Resolution.REPAIR);
        PolicyVerdict review =
                new PolicyVerdict(PolicyOutcome.REVIEW, "high-value", "high value", Money.of("0", "USD"));
        ReturnRequest r = ReturnRequest.request(
                new ReturnHeader(
                        UUID.randomUUID(), "RMA-7", ReturnKind.CUSTOMER_RETURN, "a@example.com", "A", "tester"),
                policy(),
                List.of(spec),
                List.of(review),
                NOW);
        r.decide(PolicyOutcome.REVIEW, "high value", 14, "policy v1", NOW);
        return r;
    }

    @Test
    void copiesTheHeaderTheLinesAndTheTimeline() {
        ReturnRequest r = underReview();
        ReturnDetailSnapshot s = ReturnDetailSnapshot.of(r);
        assertThat(s.id()).isEqualTo(r.getId());
        assertThat(s.rmaNumber()).isEqualTo("RMA-7");
        assertThat(s.status()).isEqualTo(ReturnStatus.UNDER_REVIEW);
        assertThat(s.decisionReason()).isEqualTo("high value");
        assertThat(s.requestedAt()).isEqualTo(NOW);
        assertThat(s.lines()).singleElement().satisfies(l -> {
            assertThat(l.lineNo()).isEqualTo(1);
            assertThat(l.quantity()).isEqualTo(2);
            assertThat(l.requestedResolution()).isEqualTo(Resolution.REPAIR);
            assertThat(l.outcome()).isEqualTo(PolicyOutcome.REVIEW);
            assertThat(l.sourceRef())
                    .isEqualTo(ReturnManagement.sourceRef(r.getLines().get(0)));
        });
        assertThat(s.history())
                .extracting(ReturnDetailSnapshot.Event::toStatus)
                .containsExactly(ReturnStatus.REQUESTED, ReturnStatus.UNDER_REVIEW);
    }

    @Test
    void aRejectedReturnTellsTheCustomerTheRejectionNotTheRuleThatSentItToReview() {
        ReturnRequest r = underReview();
        assertThat(CustomerReason.of(ReturnDetailSnapshot.of(r))).isNull();
        r.reject("agent", "Serial number does not match the sale", NOW);
        assertThat(CustomerReason.of(ReturnDetailSnapshot.of(r))).isEqualTo("Serial number does not match the sale");
    }
}
