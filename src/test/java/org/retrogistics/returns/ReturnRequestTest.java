package org.retrogistics.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retrogistics.returns.PolicyFixtures.NOW;
import static org.retrogistics.returns.PolicyFixtures.deliveredDaysAgo;
import static org.retrogistics.returns.PolicyFixtures.phone;
import static org.retrogistics.returns.PolicyFixtures.policy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.shared.Money;

class ReturnRequestTest {

    private ReturnRequest twoUnitReturn() {
        ProductFacts p = phone();
        ReturnLineSpec spec = new ReturnLineSpec(
                p, deliveredDaysAgo(p, 5, false), 2, ReturnReason.DEFECTIVE, null, null, null, null, Resolution.REPAIR);
        PolicyVerdict allow = new PolicyVerdict(PolicyOutcome.ALLOW, "allowed", "ok", Money.of("0", "USD"));
        return ReturnRequest.request(
                UUID.randomUUID(),
                "RMA-1",
                ReturnKind.CUSTOMER_RETURN,
                "a@example.com",
                "A",
                policy(),
                List.of(spec),
                List.of(allow),
                "tester",
                NOW);
    }

    private static List<Class<?>> events(ReturnRequest r) {
        return r.pendingEvents().stream().<Class<?>>map(Object::getClass).toList();
    }

    @Test
    void anAllowedRequestIsAuthorizedWithADeadlineAndRecordsEachMove() {
        ReturnRequest r = twoUnitReturn();
        r.decide(PolicyOutcome.ALLOW, "ok", 14, "policy v1", NOW);
        assertThat(r.getStatus()).isEqualTo(ReturnStatus.AUTHORIZED);
        assertThat(r.getExpiresAt()).isEqualTo(NOW.plusSeconds(14 * 86400));
        assertThat(events(r)).containsExactly(ReturnEvents.ReturnRequested.class, ReturnEvents.ReturnAuthorized.class);
        assertThat(r.getHistory())
                .extracting(ReturnHistoryEntry::getToStatus)
                .containsExactly(ReturnStatus.REQUESTED, ReturnStatus.AUTHORIZED);
    }

    @Test
    void aReviewOutcomeWaitsForAPerson() {
        ReturnRequest r = twoUnitReturn();
        r.decide(PolicyOutcome.REVIEW, "high value", 14, "policy v1", NOW);
        assertThat(r.getStatus()).isEqualTo(ReturnStatus.UNDER_REVIEW);
        r.reject("agent", "serial does not match", NOW);
        assertThat(r.getStatus()).isEqualTo(ReturnStatus.REJECTED);
        assertThat(r.releasesQuantity()).isTrue();
    }

    @Test
    void partialReceiptsCompleteTheReturnOnlyWhenEverythingArrived() {
        ReturnRequest r = twoUnitReturn();
        r.decide(PolicyOutcome.ALLOW, "ok", 14, "policy v1", NOW);
        r.ship("agent", "UPS", "1Z1", NOW);
        r.receive(1, 1, "dock", NOW);
        assertThat(r.getStatus()).isEqualTo(ReturnStatus.PARTIALLY_RECEIVED);
        r.receive(1, 1, "dock", NOW);
        assertThat(r.getStatus()).isEqualTo(ReturnStatus.RECEIVED);
        assertThat(events(r)).contains(ReturnEvents.ReturnReceived.class);
        r.close("agent", "done", NOW);
        assertThat(r.getStatus()).isEqualTo(ReturnStatus.CLOSED);
    }

    @Test
    void receivingMoreThanExpectedIsRefusedAndChangesNothing() {
        ReturnRequest r = twoUnitReturn();
        r.decide(PolicyOutcome.ALLOW, "ok", 14, "policy v1", NOW);
        int historyBefore = r.getHistory().size();
        assertThatThrownBy(() -> r.receive(1, 3, "dock", NOW)).isInstanceOf(ReceiptExceedsExpected.class);
        assertThat(r.getStatus()).isEqualTo(ReturnStatus.AUTHORIZED);
        assertThat(r.line(1).getReceivedQuantity()).isZero();
        assertThat(r.getHistory()).hasSize(historyBefore);
    }

    @Test
    void movesTheTableDoesNotAllowAreRefusedWithWhatIsPossible() {
        ReturnRequest r = twoUnitReturn();
        r.decide(PolicyOutcome.ALLOW, "ok", 14, "policy v1", NOW);
        r.ship("agent", "UPS", "1Z1", NOW);
        assertThatThrownBy(() -> r.cancel("agent", "too late", NOW))
                .isInstanceOf(ReturnTransitionNotAllowed.class)
                .hasMessageContaining("IN_TRANSIT")
                .hasMessageContaining("RECEIVE_ALL");
        assertThat(r.getStatus()).isEqualTo(ReturnStatus.IN_TRANSIT);
    }
}
