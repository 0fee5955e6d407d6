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
        return twoUnitReturn(Resolution.REPAIR);
    }

    private ReturnRequest twoUnitReturn(Resolution asked) {
        ProductFacts p = phone();
        ReturnLineSpec spec = new ReturnLineSpec(
                p, deliveredDaysAgo(p, 5, false), 2, ReturnReason.DEFECTIVE, null, null, null, null, asked);
        PolicyVerdict allow = new PolicyVerdict(PolicyOutcome.ALLOW, "allowed", "ok", Money.of("0", "USD"));
        return ReturnRequest.request(
                new ReturnHeader(
                        UUID.randomUUID(), "RMA-1", ReturnKind.CUSTOMER_RETURN, "a@example.com", "A", "tester"),
                policy(),
                List.of(spec),
                List.of(allow),
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
        assertThat(r.endedWithoutGoods()).isTrue();
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
        r.close("agent", "done", null, NOW);
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

    @Test
    void aReturnOnWhichMoneyMovedCannotBeCancelledOrExpiredAndKeepsItsQuantity() {
        ReturnRequest r = twoUnitReturn(Resolution.REFUND);
        r.decide(PolicyOutcome.ALLOW, "ok", 14, "policy v1", NOW);
        r.resolveLine(new ResolvedUnits(1, 1, true, "policy", "1 unit(s): REFUND"), NOW);
        assertThatThrownBy(() -> r.cancel("customer", "changed my mind", NOW))
                .isInstanceOf(ReturnRefusals.ReturnMoneyMoved.class)
                .hasMessageContaining("money moved on 1 unit(s)");
        assertThat(r.canExpire()).isFalse();
        assertThatThrownBy(() -> r.expire(NOW)).isInstanceOf(ReturnRefusals.ReturnMoneyMoved.class);
        assertThat(r.getStatus()).isEqualTo(ReturnStatus.AUTHORIZED);
        assertThat(r.withholdExpiry(NOW)).isTrue();
        assertThat(r.withholdExpiry(NOW)).as("written on the timeline once").isFalse();
    }

    @Test
    void aCancelledReturnGivesBackAllItsQuantityButNoMoreThanItStillHolds() {
        ReturnRequest r = twoUnitReturn(Resolution.EXCHANGE);
        r.decide(PolicyOutcome.ALLOW, "ok", 14, "policy v1", NOW);
        r.resolveLine(new ResolvedUnits(1, 2, false, "agent", "2 unit(s): EXCHANGE"), NOW);
        r.giveBack(1, 2, "agent", "sent out as exchange", NOW);
        r.cancel("customer", "no longer needed", NOW);
        // the exchange gave its two units back already: nothing is given twice
        assertThat(r.quantityToRelease()).isEmpty();
    }

    @Test
    void closingShortReleasesOnlyUnitsStillExpectedWithoutAResolution() {
        ReturnRequest r = twoUnitReturn(Resolution.REFUND);
        r.decide(PolicyOutcome.ALLOW, "ok", 14, "policy v1", NOW);
        r.ship("agent", "UPS", "1Z1", NOW);
        r.receive(1, 1, "dock", NOW);
        assertThatThrownBy(() -> r.close("agent", null, null, NOW))
                .isInstanceOf(ReturnRefusals.CloseNeedsReason.class)
                .hasMessageContaining("[1]");
        r.close("agent", null, "customer sent one only", NOW);
        assertThat(r.getStatus()).isEqualTo(ReturnStatus.CLOSED);
        assertThat(r.quantityToRelease().values()).containsExactly(1);
    }

    @Test
    void aLostParcelWasPaidForKeepsItsQuantity() {
        ReturnRequest r = twoUnitReturn(Resolution.REFUND);
        r.decide(PolicyOutcome.ALLOW, "ok", 14, "policy v1", NOW);
        r.ship("agent", "UPS", "1Z1", NOW);
        r.lose("carrier", "UPS reports the parcel lost", NOW);
        assertThat(r.getStatus()).isEqualTo(ReturnStatus.LOST);
        assertThat(events(r)).contains(ReturnEvents.ReturnLost.class);
        r.resolveLine(new ResolvedUnits(1, 2, true, "policy", "2 unit(s): REFUND"), NOW);
        r.close("agent", null, null, NOW);
        assertThat(r.quantityToRelease())
                .as("paid for and never arrived: not returnable again")
                .isEmpty();
    }

    @Test
    void keptUnitsAreNoLongerExpectedAndCompleteTheLine() {
        ReturnRequest r = twoUnitReturn(Resolution.REFUND);
        r.decide(PolicyOutcome.ALLOW, "ok", 14, "policy v1", NOW);
        r.ship("agent", "UPS", "1Z1", NOW);
        r.receive(1, 1, "dock", NOW);
        r.keep(1, 1, "agent", "not worth the postage", NOW);
        assertThat(r.line(1).outstanding()).isZero();
        assertThatThrownBy(() -> r.keep(1, 1, "agent", "again", NOW)).isInstanceOf(ReceiptExceedsExpected.class);
        assertThatThrownBy(() -> r.receive(1, 1, "dock", NOW)).isInstanceOf(ReceiptExceedsExpected.class);
    }

    @Test
    void noResolutionOnAnEndedReturn() {
        ReturnRequest r = twoUnitReturn(Resolution.REFUND);
        r.decide(PolicyOutcome.ALLOW, "ok", 14, "policy v1", NOW);
        r.cancel("customer", "changed my mind", NOW);
        assertThatThrownBy(() -> r.resolveLine(new ResolvedUnits(1, 1, true, "policy", "REFUND"), NOW))
                .isInstanceOf(ReturnRefusals.ReturnNotSettleable.class);
        assertThat(r.line(1).getMoneyQuantity()).isZero();
    }
}
