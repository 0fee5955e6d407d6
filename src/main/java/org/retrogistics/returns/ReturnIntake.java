package org.retrogistics.returns;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.retrogistics.access.Actor;
import org.retrogistics.orders.OrderManagement;
import org.retrogistics.returns.internal.ReturnRequestRepository;
import org.springframework.stereotype.Component;

/**
 * Opens a return under the client's current policy, in the caller's transaction: judges each line, reserves the
 * quantities on the order lines (refused if that would exceed what was delivered, also under concurrent requests), and
 * authorizes the return (its units then expected) or sends it to review.
 */
@Component
class ReturnIntake {

    private final ReturnRequestRepository returns;
    private final ReturnPolicies policies;
    private final OrderManagement orders;
    private final ReturnUnits units;
    private final Clock clock;

    ReturnIntake(
            ReturnRequestRepository returns,
            ReturnPolicies policies,
            OrderManagement orders,
            ReturnUnits units,
            Optional<Clock> clock) {
        this.returns = returns;
        this.policies = policies;
        this.orders = orders;
        this.units = units;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    ReturnRequest open(Actor actor, ReturnKind kind, String email, String name, List<ReturnLineSpec> specs) {
        Instant now = clock.instant();
        ReturnPolicy policy = policies.current(actor.clientId());
        List<LineVerdict> verdicts = judge(kind, specs, policy, now);
        PolicyOutcome outcome =
                verdicts.stream().map(v -> v.verdict().outcome()).reduce(PolicyOutcome.ALLOW, PolicyOutcome::and);
        if (outcome == PolicyOutcome.REJECT) {
            throw new ReturnRefusedByPolicy(verdicts);
        }
        for (ReturnLineSpec spec : specs) {
            if (spec.orderLine() != null) {
                orders.reserveReturn(actor.clientId(), spec.orderLine(), spec.quantity());
            }
        }
        String rma = "RMA-%08d".formatted(returns.nextRmaNumber());
        ReturnRequest r = ReturnRequest.request(
                new ReturnHeader(actor.clientId().value(), rma, kind, email, name, actor.name()),
                policy,
                specs,
                verdicts.stream().map(LineVerdict::verdict).toList(),
                now);
        r.decide(outcome, summary(verdicts, outcome), policy.shipWithinDays(), "policy v" + policy.getVersion(), now);
        r = returns.save(r);
        if (r.getStatus() == ReturnStatus.AUTHORIZED) {
            units.expect(actor, r);
        }
        return r;
    }

    private static String summary(List<LineVerdict> verdicts, PolicyOutcome outcome) {
        return verdicts.stream()
                .filter(v -> v.verdict().outcome() == outcome)
                .map(v -> v.verdict().reason())
                .distinct()
                .reduce((a, b) -> a + "; " + b)
                .orElse(outcome.name());
    }

    /** The policy's verdict for each line, numbered from 1. */
    static List<LineVerdict> judge(ReturnKind kind, List<ReturnLineSpec> specs, ReturnPolicy policy, Instant now) {
        List<LineVerdict> verdicts = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            ReturnLineSpec s = specs.get(i);
            ReturnCandidate candidate = new ReturnCandidate(
                    kind, s.product(), s.orderLine(), s.quantity(), s.reason(), s.resolution(), now);
            verdicts.add(new LineVerdict(i + 1, s.product().sku(), ReturnPolicyEvaluation.evaluate(candidate, policy)));
        }
        return verdicts;
    }
}
