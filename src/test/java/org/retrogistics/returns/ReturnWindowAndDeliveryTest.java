package org.retrogistics.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retrogistics.returns.PolicyFixtures.NOW;
import static org.retrogistics.returns.PolicyFixtures.candidate;
import static org.retrogistics.returns.PolicyFixtures.phone;
import static org.retrogistics.returns.PolicyFixtures.policy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.orders.OrderLineFacts;
import org.retrogistics.returns.policy.DeliveredOrderRule;
import org.retrogistics.returns.policy.ReturnWindowRule;
import org.retrogistics.returns.policy.WarrantyRule;

/** The window as N × 24 hours after the delivery instant, and the rule for orders with no delivery on record. */
class ReturnWindowAndDeliveryTest {

    private static final Duration THIRTY_DAYS = Duration.ofDays(30);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final ReturnPolicy policy = policy(); // 30-day window

    @Test
    void theWindowIsOpenUntilExactlyThirtyTimesTwentyFourHoursAfterDelivery() {
        ProductFacts p = phone();
        PolicyVerdict inside = changeOfMind(p, NOW.minus(THIRTY_DAYS).plus(MINUTE));
        assertThat(inside.outcome()).isEqualTo(PolicyOutcome.ALLOW);
        assertThat(inside.reason()).contains("open until " + NOW.plus(MINUTE));

        PolicyVerdict atTheInstant = changeOfMind(p, NOW.minus(THIRTY_DAYS));
        assertThat(atTheInstant.code()).isEqualTo("return-window-closed");

        Instant delivered = NOW.minus(THIRTY_DAYS).minus(MINUTE);
        PolicyVerdict outside = changeOfMind(p, delivered);
        assertThat(outside.outcome()).isEqualTo(PolicyOutcome.REJECT);
        assertThat(outside.code()).isEqualTo("return-window-closed");
        // the refusal names the instant the window closed, which is before now
        assertThat(outside.reason()).contains("closed at 2026-11-22T11:59:00Z").contains("delivered " + delivered);
    }

    @Test
    void thirtyDaysAndTwentyThreeHoursIsOutsideAThirtyDayWindow() {
        // the defect once reported: a whole-days count let this through
        PolicyVerdict v = changeOfMind(phone(), NOW.minus(THIRTY_DAYS).minus(Duration.ofHours(23)));
        assertThat(v.code()).isEqualTo("return-window-closed");
        assertThat(v.reason()).contains("closed at 2026-11-21T13:00:00Z");
    }

    @Test
    void theClosingInstantIsCountedInHoursNotCalendarDays() {
        Instant delivered = Instant.parse("2026-03-28T23:30:00Z"); // around a European DST change: no effect
        assertThat(policy.windowClosesAt(delivered)).isEqualTo(Instant.parse("2026-04-27T23:30:00Z"));
        assertThat(policy.windowOpen(delivered, Instant.parse("2026-04-27T23:29:59Z")))
                .isTrue();
        assertThat(policy.windowOpen(delivered, Instant.parse("2026-04-27T23:30:00Z")))
                .isFalse();
    }

    @Test
    void aDefectClaimMeetsTheWarrantyAtTheSameInstantTheWindowCloses() {
        ProductFacts noWarranty = PolicyFixtures.product("CABLE", "electronics", "9.00", true, 0);
        var rule = new WarrantyRule();
        assertThat(rule.check(defect(noWarranty, NOW.minus(THIRTY_DAYS).plus(MINUTE)), policy))
                .isEmpty();
        assertThat(rule.check(defect(noWarranty, NOW.minus(THIRTY_DAYS).minus(MINUTE)), policy))
                .hasValueSatisfying(f -> assertThat(f.code()).isEqualTo("warranty-expired"));
    }

    @Test
    void anUndeliveredOrderIsRefusedUnlessThePolicySendsItToReview() {
        ProductFacts p = phone();
        ReturnCandidate undelivered = candidate(p, line(p, null), 1, ReturnReason.CHANGED_MIND, Resolution.REFUND);
        var rule = new DeliveredOrderRule();
        assertThat(rule.check(undelivered, policy)).hasValueSatisfying(f -> {
            assertThat(f.outcome()).isEqualTo(PolicyOutcome.REJECT);
            assertThat(f.code()).isEqualTo("order-not-delivered");
            assertThat(f.reason()).contains("ORD-9").contains("no delivery on record");
        });
        assertThat(new ReturnWindowRule().check(undelivered, policy)).isEmpty();

        ReturnPolicy reviewing = reviewingUndelivered();
        PolicyVerdict v = ReturnPolicyEvaluation.evaluate(undelivered, reviewing);
        assertThat(v.outcome()).isEqualTo(PolicyOutcome.REVIEW);
        assertThat(v.code()).isEqualTo("not-delivered");

        // a defect on an undelivered order is refused the same way; a delivery failure is not the shopper's request
        assertThat(ReturnPolicyEvaluation.evaluate(defect(p, null), policy).code())
                .isEqualTo("order-not-delivered");
        ReturnCandidate failure = new ReturnCandidate(
                ReturnKind.DELIVERY_FAILURE, p, line(p, null), 1, ReturnReason.DELIVERY_FAILURE, Resolution.NONE, NOW);
        assertThat(rule.check(failure, policy)).isEmpty();
    }

    @Test
    void policyTermsRefuseUndeliveredOrdersByDefaultAndKeepTheSetting() {
        assertThat(policy.reviewUndelivered()).isFalse();
        assertThat(policy.terms().reviewUndelivered()).isFalse();
        assertThat(reviewingUndelivered().terms().reviewUndelivered()).isTrue();
    }

    private PolicyVerdict changeOfMind(ProductFacts p, Instant delivered) {
        return ReturnPolicyEvaluation.evaluate(
                candidate(p, line(p, delivered), 1, ReturnReason.CHANGED_MIND, Resolution.REFUND), policy);
    }

    private static ReturnCandidate defect(ProductFacts p, Instant delivered) {
        return candidate(p, line(p, delivered), 1, ReturnReason.DEFECTIVE, Resolution.REPAIR);
    }

    private static OrderLineFacts line(ProductFacts p, Instant delivered) {
        return new OrderLineFacts(
                UUID.randomUUID(),
                "ORD-9",
                "a@example.com",
                NOW.minus(Duration.ofDays(60)),
                delivered,
                UUID.randomUUID(),
                1,
                p.id(),
                p.sku(),
                2,
                0,
                p.unitValue(),
                false);
    }

    private static ReturnPolicy reviewingUndelivered() {
        return new ReturnPolicy(
                PolicyFixtures.CLIENT,
                2,
                new PolicyTerms(
                        30,
                        14,
                        Set.of(),
                        BigDecimal.ZERO,
                        EnumSet.noneOf(ReturnReason.class),
                        EnumSet.of(Resolution.REFUND, Resolution.REPAIR),
                        MoneyMoment.AFTER_INSPECTION,
                        null,
                        true,
                        true,
                        null,
                        null,
                        null));
    }
}
