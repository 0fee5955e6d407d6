package org.retrogistics.refunds;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.inspection.UnitGraded;
import org.retrogistics.refunds.RefundAllowance.Condition;
import org.retrogistics.refunds.internal.LineResolutionRepository;
import org.retrogistics.returns.LostParcelMoney;
import org.retrogistics.returns.MoneyMoment;
import org.retrogistics.returns.PolicyTerms;
import org.retrogistics.returns.ReceivableLine;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnEvents.ReturnAuthorized;
import org.retrogistics.returns.ReturnEvents.ReturnLineReceived;
import org.retrogistics.returns.ReturnEvents.ReturnLost;
import org.retrogistics.returns.ReturnEvents.ReturnShipped;
import org.retrogistics.returns.ReturnForMoney;
import org.retrogistics.returns.ReturnSettlement;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Money that moves by itself, at the step the return's policy version names: on request, on the carrier's scan, on
 * receipt or after inspection (by event), and for a lost parcel when the policy says so. It gives what the customer
 * asked for on the line, when that is a refund or store credit, once per event.
 */
@Service
class ResolvingByPolicy {

    private static final Logger log = LoggerFactory.getLogger(ResolvingByPolicy.class);

    /** Only at the policy's money step is a publication recorded and the work done (see {@link MoneyMoments}). */
    private static final String DUE = "@moneyMoments.due(#e)";

    private final ReturnSettlement returns;
    private final PolicyVersions policies;
    private final ReturnedUnits returnedUnits;
    private final InspectionFindings findings;
    private final LineResolutionRepository resolutions;
    private final ResolvingReturnLines resolving;

    ResolvingByPolicy(
            ReturnSettlement returns,
            PolicyVersions policies,
            ReturnedUnits returnedUnits,
            InspectionFindings findings,
            LineResolutionRepository resolutions,
            ResolvingReturnLines resolving) {
        this.returns = returns;
        this.policies = policies;
        this.returnedUnits = returnedUnits;
        this.findings = findings;
        this.resolutions = resolutions;
        this.resolving = resolving;
    }

    @ApplicationModuleListener(condition = DUE)
    void on(ReturnAuthorized e) {
        resolveReturn(new ClientId(e.clientId()), e.returnId(), MoneyMoment.ON_REQUEST, "ReturnAuthorized");
    }

    @ApplicationModuleListener(condition = DUE)
    void on(ReturnShipped e) {
        resolveReturn(new ClientId(e.clientId()), e.returnId(), MoneyMoment.ON_CARRIER_SCAN, "ReturnShipped");
    }

    /** A lost parcel: its units that never arrived are resolved as the customer asked, when the policy says so. */
    @ApplicationModuleListener(condition = DUE)
    void on(ReturnLost e) {
        ClientId client = new ClientId(e.clientId());
        ReturnForMoney r = returns.read(client, e.returnId());
        PolicyTerms policy = policies.judgedUnder(client, r);
        if (policy == null || policy.lostParcelMoney() != LostParcelMoney.AS_REQUESTED) {
            return;
        }
        for (ReturnForMoney.Line line : r.lines()) {
            int open = Math.min(line.outstanding(), line.quantity() - line.resolvedQuantity());
            if (open > 0) {
                resolve(ResolveLine.byPolicy(
                        client, r, line, open, "ON_LOSS", "ReturnLost:" + r.id() + ":" + line.lineNo()));
            }
        }
    }

    @ApplicationModuleListener(condition = DUE)
    void on(ReturnLineReceived e) {
        ClientId client = new ClientId(e.clientId());
        ReturnForMoney r = returns.read(client, e.returnId());
        if (policies.moneyMoves(client, r) != MoneyMoment.ON_RECEIPT) {
            return;
        }
        String sourceKey = "ReturnLineReceived:" + r.id() + ":" + e.lineNo() + ":"
                + e.occurredAt().toEpochMilli();
        r.findLine(e.lineNo())
                .ifPresent(
                        line -> resolve(ResolveLine.byPolicy(client, r, line, e.quantity(), "ON_RECEIPT", sourceKey)));
    }

    /** After inspection: one unit graded; a unit held for its authenticity gets its refund recorded but HELD. */
    @ApplicationModuleListener
    void on(UnitGraded e) {
        if (!"inspection".equals(e.source())) {
            return;
        }
        ClientId client = new ClientId(e.clientId());
        Optional<ReceivableLine> where = returnedUnits.lineOf(client, e.unitId());
        if (where.isEmpty()) {
            return;
        }
        ReturnForMoney r = returns.read(client, where.get().returnId());
        if (policies.moneyMoves(client, r) != MoneyMoment.AFTER_INSPECTION) {
            return;
        }
        ReturnForMoney.Line line = r.line(where.get().lineNo());
        String hold = findings.holdAtGrading(client, e.unitId(), e.authenticityHold());
        resolve(ResolveLine.byPolicy(client, r, line, 1, "AFTER_INSPECTION", "UnitGraded:" + e.inspectionId())
                .inspected(List.of(e.unitId()), new Condition(e.functional(), e.cosmetic()), hold));
    }

    private void resolveReturn(ClientId client, UUID returnId, MoneyMoment step, String source) {
        ReturnForMoney r = returns.read(client, returnId);
        if (policies.moneyMoves(client, r) != step) {
            return;
        }
        for (ReturnForMoney.Line line : r.lines()) {
            resolve(ResolveLine.byPolicy(
                    client, r, line, line.quantity(), step.name(), source + ":" + r.id() + ":" + line.lineNo()));
        }
    }

    /** Refunds and store credit only, for lines from an order, once per source. */
    private void resolve(ResolveLine c) {
        Resolution kind = c.kind();
        if ((kind != Resolution.REFUND && kind != Resolution.STORE_CREDIT)
                || c.line().orderLineId() == null
                || resolutions.existsByClientIdAndSourceKey(c.client().value(), c.sourceKey())) {
            return;
        }
        try {
            resolving.resolve(c);
        } catch (DomainException refused) {
            // resolved by hand already, or nothing left: the policy's step has nothing more to pay
            log.info(
                    "{} line {}: no automatic {} at {}: {}",
                    c.r().rmaNumber(),
                    c.line().lineNo(),
                    kind,
                    c.step(),
                    refused.getMessage());
        }
    }
}
