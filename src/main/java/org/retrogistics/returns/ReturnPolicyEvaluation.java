package org.retrogistics.returns;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.retrogistics.returns.policy.DeliveredOrderRule;
import org.retrogistics.returns.policy.HighValueReviewRule;
import org.retrogistics.returns.policy.PolicyRule;
import org.retrogistics.returns.policy.ProofOfPurchaseRule;
import org.retrogistics.returns.policy.ResolutionOfferedRule;
import org.retrogistics.returns.policy.ReturnWindowRule;
import org.retrogistics.returns.policy.ReturnableProductRule;
import org.retrogistics.returns.policy.WarrantyRule;
import org.retrogistics.shared.Money;

/**
 * Judges return lines by a policy version: every named rule is asked, the strictest finding wins, and the answer
 * always carries a sentence a person can read. Pure: no database, no clock of its own.
 */
public final class ReturnPolicyEvaluation {

    static final List<PolicyRule> RULES = List.of(
            new ProofOfPurchaseRule(),
            new DeliveredOrderRule(),
            new ReturnableProductRule(),
            new ReturnWindowRule(),
            new WarrantyRule(),
            new ResolutionOfferedRule(),
            new HighValueReviewRule());

    private ReturnPolicyEvaluation() {}

    public static PolicyVerdict evaluate(ReturnCandidate candidate, ReturnPolicy policy) {
        Money fee = restockingFee(candidate, policy);
        Optional<PolicyRule.Finding> strictest = RULES.stream()
                .map(rule -> rule.check(candidate, policy))
                .flatMap(Optional::stream)
                .reduce((a, b) -> b.outcome().ordinal() > a.outcome().ordinal() ? b : a);
        return strictest
                .map(f -> new PolicyVerdict(f.outcome(), f.code(), f.reason(), fee))
                .orElseGet(() ->
                        new PolicyVerdict(PolicyOutcome.ALLOW, "allowed", allowedBecause(candidate, policy), fee));
    }

    /**
     * The restocking fee on a refund for a reason that is not the product's fault, unless the policy waives it for
     * that reason.
     */
    static Money restockingFee(ReturnCandidate c, ReturnPolicy policy) {
        Money price = (c.hasOrder() ? c.orderLine().unitPrice() : c.product().unitValue()).times(c.quantity());
        if (c.resolution() != Resolution.REFUND
                || c.reason().productFault()
                || c.kind() != ReturnKind.CUSTOMER_RETURN
                || policy.feeFreeReasons().contains(c.reason())
                || policy.restockingFeePercent().signum() == 0) {
            return Money.zero(price.currency());
        }
        return price.percent(policy.restockingFeePercent());
    }

    private static String allowedBecause(ReturnCandidate c, ReturnPolicy policy) {
        if (c.kind() != ReturnKind.CUSTOMER_RETURN) {
            return c.kind().name().toLowerCase().replace('_', ' ') + " accepted";
        }
        if (!c.hasOrder() || c.orderLine().deliveredAt() == null) {
            return "Accepted";
        }
        long days = Duration.between(c.orderLine().deliveredAt(), c.now()).toDays();
        if (c.reason().defectClaim() && !policy.windowOpen(c.orderLine().deliveredAt(), c.now())) {
            return "Defect claim " + days + " days after delivery, within the "
                    + c.product().warrantyMonths() + "-month warranty";
        }
        return "Delivered " + days + " days ago, within the " + policy.windowDays() + "-day return window (open until "
                + policy.windowClosesAt(c.orderLine().deliveredAt()) + ")";
    }
}
