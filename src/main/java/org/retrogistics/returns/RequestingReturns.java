package org.retrogistics.returns;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.retrogistics.access.Actor;
import org.retrogistics.access.ShopperScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A customer, or staff for a customer, asks to return items: asking the policy first, or recording the return. */
@Service
@Transactional(readOnly = true)
public class RequestingReturns {

    private final RequestedLines lines;
    private final ReturnIntake intake;
    private final ReturnPolicies policies;
    private final Clock clock;

    RequestingReturns(RequestedLines lines, ReturnIntake intake, ReturnPolicies policies, Optional<Clock> clock) {
        this.lines = lines;
        this.intake = intake;
        this.policies = policies;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** "Can I return this?": the policy's verdict for each line, without recording anything. */
    public List<LineVerdict> evaluate(Actor actor, NewReturn request) {
        ReturnPolicy policy = policies.current(actor.clientId());
        List<ReturnLineSpec> specs = lines.specs(actor, request);
        return ReturnIntake.judge(request.kindOrDefault(), specs, policy, clock.instant());
    }

    /**
     * Records a return: judges it by the current policy, reserves the quantities on the order lines (refused if that
     * would exceed what was delivered, also under concurrent requests), and authorizes it or sends it to review.
     */
    @Transactional
    public ReturnRequest request(Actor actor, NewReturn request) {
        ReturnKind kind = request.kindOrDefault();
        if (kind == ReturnKind.DELIVERY_FAILURE) {
            throw new InvalidReturnRequest("Delivery failures are reported through the return-to-sender endpoint");
        }
        if (kind == ReturnKind.RECALL) {
            throw new InvalidReturnRequest("Recall returns are opened by launching a recall campaign (/api/recalls)");
        }
        List<ReturnLineSpec> specs = lines.specs(actor, request);
        return intake.open(actor, kind, ownerEmail(actor, request, specs), request.customerName(), specs);
    }

    /** {@link #request} for another module, which reads the new return as a snapshot. */
    @Transactional
    public ReturnSnapshot requestSnapshot(Actor actor, NewReturn request) {
        return ReturnSnapshot.of(request(actor, request));
    }

    /**
     * Whose return it is: a customer's is always its bound shopper's (the body cannot name another); staff name the
     * shopper in the body or, for a return against an order, the order's customer is taken.
     */
    private static String ownerEmail(Actor actor, NewReturn request, List<ReturnLineSpec> specs) {
        String claimed = RequestedLines.claimedEmail(actor, request);
        if (claimed != null) {
            return claimed;
        }
        List<String> owners = specs.stream()
                .filter(s -> s.orderLine() != null)
                .map(s -> ShopperScope.normalise(s.orderLine().customerEmail()))
                .distinct()
                .toList();
        if (owners.size() > 1) {
            throw new InvalidReturnRequest(
                    "The lines name orders of different customers; one return is one customer's");
        }
        return owners.isEmpty() ? null : owners.get(0);
    }
}
