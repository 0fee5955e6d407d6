package org.retrogistics.resale;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.disposition.DispositionDecision;
import org.retrogistics.disposition.DispositionManagement;
import org.retrogistics.disposition.StoredDecision;
import org.retrogistics.disposition.WorkKind;
import org.retrogistics.shared.ClientId;
import org.springframework.stereotype.Component;

/** Gathers what {@link ResaleEligibility} looks at for one unit: custody, the decision in force, the work done. */
@Component
class ResaleCandidates {

    private final CustodyLedger custody;
    private final DispositionManagement dispositions;
    private final FinishedWork finished;

    ResaleCandidates(CustodyLedger custody, DispositionManagement dispositions, FinishedWork finished) {
        this.custody = custody;
        this.dispositions = dispositions;
        this.finished = finished;
    }

    /** A unit of the client, with its decision if it has one. */
    record Found(UnitSnapshot unit, Optional<DispositionDecision> decision, ResaleEligibility.Candidate candidate) {}

    Found find(ClientId client, UUID unitId) {
        UnitSnapshot unit = custody.unit(client, unitId);
        Optional<DispositionDecision> decision =
                dispositions.current(client, unitId).map(StoredDecision::decision);
        // the work the decision in force needs and no finished work order has done; orders left open by an
        // earlier decision that needed other work do not hold the unit
        Set<WorkKind> outstanding = EnumSet.noneOf(WorkKind.class);
        decision.ifPresent(d -> {
            outstanding.addAll(d.chosen().requiredWork());
            outstanding.removeAll(finished.kinds(client, unitId));
        });
        ResaleEligibility.Candidate candidate = new ResaleEligibility.Candidate(
                unit.id(),
                unit.licencePlate(),
                unit.state(),
                decision.map(DispositionDecision::option).orElse(null),
                decision.map(d -> d.facts().recalled()).orElse(false),
                decision.map(d -> d.facts().dataOutstanding()).orElse(false),
                outstanding);
        return new Found(unit, decision, candidate);
    }

    /** Finds the unit and throws the policy's refusal unless it may go out this way. */
    Found require(ClientId client, UUID unitId, ResaleEligibility.Way way) {
        Found found = find(client, unitId);
        ResaleEligibility.check(found.candidate(), way).ifPresent(r -> {
            throw r.exception();
        });
        return found;
    }
}
