package org.retrogistics.refunds;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.refunds.RefundManagement.Outcome;
import org.retrogistics.refunds.RefundRefusals.InvalidResolution;
import org.retrogistics.refunds.RefundRefusals.ReasonRequired;
import org.retrogistics.refunds.RefundRefusals.ReturnNotResolvable;
import org.retrogistics.refunds.internal.LineResolutionRepository;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnForMoney;
import org.retrogistics.returns.ReturnSettlement;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolving units of a return line: refund, store credit, exchange, replacement, repair, or the customer keeps them.
 * By hand, or at the step the return's policy names ({@link ResolvingByPolicy}); always for what
 * {@link RefundAllowance} allows, committed against the line's {@link LineAccount} first, and paid through the
 * {@link PaymentProvider} port or onto store credit. A refused request writes nothing.
 */
@Service
public class ResolvingReturnLines {

    private final ReturnSettlement returns;
    private final ResolutionGrounds grounds;
    private final IssuingRefunds issuing;
    private final ArrangingExchanges exchanges;
    private final LineResolutionRepository resolutions;
    private final RecordingResolutions recording;

    ResolvingReturnLines(
            ReturnSettlement returns,
            ResolutionGrounds grounds,
            IssuingRefunds issuing,
            ArrangingExchanges exchanges,
            LineResolutionRepository resolutions,
            RecordingResolutions recording) {
        this.returns = returns;
        this.grounds = grounds;
        this.issuing = issuing;
        this.exchanges = exchanges;
        this.resolutions = resolutions;
        this.recording = recording;
    }

    /** {@link #resolve}, as the pages read the outcome. */
    @Transactional
    public RefundManagement.OutcomeSnapshot resolveSnapshot(Actor actor, UUID returnId, ResolutionRequest request) {
        return RefundManagement.OutcomeSnapshot.of(resolve(actor, returnId, request));
    }

    /** An agent resolves units of a return line: refund, store credit, exchange, replacement or repair. */
    @Transactional
    public Outcome resolve(Actor actor, UUID returnId, ResolutionRequest request) {
        ClientId client = actor.clientId();
        ReturnForMoney r = returns.read(client, returnId);
        if (!ResolutionGrounds.RESOLVABLE.contains(r.status())) {
            throw new ReturnNotResolvable(r.rmaNumber(), r.status());
        }
        if (request.kind() == null || request.kind() == Resolution.NONE) {
            throw new InvalidResolution(
                    "say what to give: REFUND, STORE_CREDIT, EXCHANGE, REPLACEMENT, REPAIR or KEEP_IT");
        }
        if (request.kind() == Resolution.KEEP_IT
                && (request.note() == null || request.note().isBlank())) {
            throw new ReasonRequired("let the customer keep the items (note)");
        }
        ReturnForMoney.Line line = r.findLine(request.lineNo())
                .orElseThrow(() -> new NotFound("return-line", r.rmaNumber() + "/" + request.lineNo()));
        int quantity = request.quantity() == null ? line.quantity() : request.quantity();
        String note = request.note() == null || request.note().isBlank()
                ? ""
                : " (" + request.note().strip() + ")";
        return resolve(new ResolveLine(
                client,
                r,
                line,
                request.kind(),
                quantity,
                request.amount(),
                request.sku(),
                null,
                null,
                null,
                "manual" + note,
                "manual:" + UUID.randomUUID(),
                actor.name()));
    }

    /** Resolves in the caller's transaction; the policy's listeners call it too. */
    Outcome resolve(ResolveLine c) {
        Resolving x = grounds.open(c);
        Outcome given =
                switch (c.kind()) {
                    case REFUND, STORE_CREDIT -> issuing.issue(x);
                    case EXCHANGE, REPLACEMENT -> exchanges.arrange(x);
                    case REPAIR -> withoutMoney(x, "repaired and returned to the customer; no money moves");
                    case KEEP_IT -> withoutMoney(x, "the customer keeps the items: " + c.step());
                    default -> throw new InvalidResolution(c.kind() + " is not a resolution that can be given");
                };
        recording.record(x, given);
        return given;
    }

    /** A repair, or the customer keeps the items: the units are resolved, no money moves. */
    private Outcome withoutMoney(Resolving x, String explanation) {
        x.account().commit(x.zero(), x.command().quantity());
        LineResolution resolution =
                x.resolution(BigDecimal.ZERO, null, null, x.zero().currency().getCurrencyCode(), explanation);
        resolutions.save(resolution);
        return new Outcome(resolution, List.of());
    }
}
