package org.retrogistics.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retrogistics.returns.PolicyFixtures.NOW;
import static org.retrogistics.returns.PolicyFixtures.candidate;
import static org.retrogistics.returns.PolicyFixtures.deliveredDaysAgo;
import static org.retrogistics.returns.PolicyFixtures.phone;
import static org.retrogistics.returns.PolicyFixtures.policy;
import static org.retrogistics.returns.PolicyFixtures.product;

import org.junit.jupiter.api.Test;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.shared.Money;

class ReturnPolicyEvaluationTest {

    private final ReturnPolicy policy = policy();

    @Test
    void allowsAChangeOfMindInsideTheWindowAndChargesTheRestockingFee() {
        ProductFacts p = phone();
        PolicyVerdict v = ReturnPolicyEvaluation.evaluate(
                candidate(p, deliveredDaysAgo(p, 10, false), 2, ReturnReason.CHANGED_MIND, Resolution.REFUND), policy);
        assertThat(v.outcome()).isEqualTo(PolicyOutcome.ALLOW);
        assertThat(v.reason()).contains("Delivered 10 days ago").contains("30-day");
        assertThat(v.restockingFee()).isEqualTo(Money.of("149.70", "USD")); // 15% of 2 × 499.00
    }

    @Test
    void rejectsAChangeOfMindAfterTheWindowWithTheClosingDate() {
        ProductFacts p = phone();
        PolicyVerdict v = ReturnPolicyEvaluation.evaluate(
                candidate(p, deliveredDaysAgo(p, 45, false), 1, ReturnReason.CHANGED_MIND, Resolution.REFUND), policy);
        assertThat(v.outcome()).isEqualTo(PolicyOutcome.REJECT);
        assertThat(v.code()).isEqualTo("return-window-closed");
        assertThat(v.reason()).contains("closed at 2026-11-07T12:00:00Z").contains("delivered 2026-10-08T12:00:00Z");
    }

    @Test
    void judgesADefectByTheWarrantyNotTheReturnWindow() {
        ProductFacts p = phone(); // 12-month warranty
        PolicyVerdict inWarranty = ReturnPolicyEvaluation.evaluate(
                candidate(p, deliveredDaysAgo(p, 200, false), 1, ReturnReason.DEFECTIVE, Resolution.REPAIR), policy);
        assertThat(inWarranty.outcome()).isEqualTo(PolicyOutcome.ALLOW);
        assertThat(inWarranty.reason()).contains("within the 12-month warranty");
        assertThat(inWarranty.restockingFee().amount().signum()).isZero();

        PolicyVerdict expired = ReturnPolicyEvaluation.evaluate(
                candidate(p, deliveredDaysAgo(p, 400, false), 1, ReturnReason.DEFECTIVE, Resolution.REPAIR), policy);
        assertThat(expired.outcome()).isEqualTo(PolicyOutcome.REJECT);
        assertThat(expired.code()).isEqualTo("warranty-expired");
    }

    @Test
    void refusesFinalSaleNonReturnableProductsAndExcludedCategoriesUnlessFaulty() {
        ProductFacts p = phone();
        assertThat(ReturnPolicyEvaluation.evaluate(
                                candidate(
                                        p,
                                        deliveredDaysAgo(p, 3, true),
                                        1,
                                        ReturnReason.CHANGED_MIND,
                                        Resolution.REFUND),
                                policy)
                        .code())
                .isEqualTo("final-sale");
        ProductFacts card = product("GIFT", "gift-cards", "50.00", false, 0);
        assertThat(ReturnPolicyEvaluation.evaluate(
                                candidate(
                                        card,
                                        deliveredDaysAgo(card, 3, false),
                                        1,
                                        ReturnReason.CHANGED_MIND,
                                        Resolution.REFUND),
                                policy)
                        .code())
                .isEqualTo("product-not-returnable");
        ProductFacts licence = product("LIC", "digital", "50.00", true, 0);
        assertThat(ReturnPolicyEvaluation.evaluate(
                                candidate(
                                        licence,
                                        deliveredDaysAgo(licence, 3, false),
                                        1,
                                        ReturnReason.SIZE_FIT,
                                        Resolution.REFUND),
                                policy)
                        .code())
                .isEqualTo("category-not-returnable");
        // a faulty final-sale item still comes back
        assertThat(ReturnPolicyEvaluation.evaluate(
                                candidate(
                                        p, deliveredDaysAgo(p, 3, true), 1, ReturnReason.DEFECTIVE, Resolution.REPAIR),
                                policy)
                        .outcome())
                .isEqualTo(PolicyOutcome.ALLOW);
    }

    @Test
    void refusesAResolutionThePolicyDoesNotOffer() {
        ProductFacts p = phone();
        PolicyVerdict v = ReturnPolicyEvaluation.evaluate(
                candidate(p, deliveredDaysAgo(p, 3, false), 1, ReturnReason.CHANGED_MIND, Resolution.STORE_CREDIT),
                policy);
        assertThat(v.code()).isEqualTo("resolution-not-offered");
        assertThat(v.reason()).contains("STORE_CREDIT");
    }

    @Test
    void sendsHighValueLinesToReviewAndRefusesUndeliveredOrders() {
        ProductFacts laptop = product("LAPTOP", "electronics", "1500.00", true, 24);
        assertThat(ReturnPolicyEvaluation.evaluate(
                                candidate(
                                        laptop,
                                        deliveredDaysAgo(laptop, 3, false),
                                        1,
                                        ReturnReason.CHANGED_MIND,
                                        Resolution.EXCHANGE),
                                policy)
                        .code())
                .isEqualTo("high-value");
        ProductFacts p = phone();
        var undelivered = new org.retrogistics.orders.OrderLineFacts(
                java.util.UUID.randomUUID(),
                "ORD-2",
                "a@example.com",
                NOW,
                null,
                java.util.UUID.randomUUID(),
                1,
                p.id(),
                p.sku(),
                1,
                0,
                p.unitValue(),
                false);
        PolicyVerdict v = ReturnPolicyEvaluation.evaluate(
                candidate(p, undelivered, 1, ReturnReason.CHANGED_MIND, Resolution.REFUND), policy);
        assertThat(v.outcome()).isEqualTo(PolicyOutcome.REJECT);
        assertThat(v.code()).isEqualTo("order-not-delivered");
    }

    @Test
    void aRejectionOutranksAReview() {
        ProductFacts laptop = product("LAPTOP", "electronics", "1500.00", true, 24);
        PolicyVerdict v = ReturnPolicyEvaluation.evaluate(
                candidate(laptop, deliveredDaysAgo(laptop, 90, false), 1, ReturnReason.CHANGED_MIND, Resolution.REFUND),
                policy);
        assertThat(v.outcome()).isEqualTo(PolicyOutcome.REJECT);
        assertThat(PolicyOutcome.REVIEW.and(PolicyOutcome.REJECT)).isEqualTo(PolicyOutcome.REJECT);
        assertThat(PolicyOutcome.ALLOW.and(PolicyOutcome.REVIEW)).isEqualTo(PolicyOutcome.REVIEW);
    }

    @Test
    void reviewsAWarrantyClaimWithoutAnOrderAndWaivesFeesForReasonsThePolicyNames() {
        ProductFacts p = phone();
        PolicyVerdict claim = ReturnPolicyEvaluation.evaluate(
                new ReturnCandidate(
                        ReturnKind.WARRANTY_CLAIM, p, null, 1, ReturnReason.WARRANTY_FAILURE, Resolution.REPAIR, NOW),
                policy);
        assertThat(claim.code()).isEqualTo("no-proof-of-purchase");
        PolicyVerdict late = ReturnPolicyEvaluation.evaluate(
                candidate(p, deliveredDaysAgo(p, 5, false), 1, ReturnReason.ARRIVED_LATE, Resolution.REFUND), policy);
        assertThat(late.outcome()).isEqualTo(PolicyOutcome.ALLOW);
        assertThat(late.restockingFee().amount().signum()).isZero();
    }
}
