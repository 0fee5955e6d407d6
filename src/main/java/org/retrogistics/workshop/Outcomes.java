package org.retrogistics.workshop;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.retrogistics.access.Actor;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.UnitNotInCustody;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.custody.UnitState;
import org.retrogistics.disposition.DispositionManagement;
import org.retrogistics.disposition.DispositionManagement.DecisionSummary;
import org.retrogistics.disposition.WorkKind;
import org.retrogistics.returns.ReturnSettlement;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.NotFound;
import org.retrogistics.shared.UnitFateReached;
import org.retrogistics.workshop.internal.WorkOrderRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a unit's time in the reverse flow with a restock, a return to its customer or vendor, or a donation: only the
 * outcome its disposition decided, only once its work is done, once. The unit's fate (reuse) is published for the
 * landfill-diversion report, custody records where it went, and unstarted work it no longer needs is cancelled.
 */
@Service
public class Outcomes {

    private final DispositionManagement dispositions;
    private final CustodyLedger custody;
    private final WorkOrderRepository orders;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ReturnSettlement returns;

    Outcomes(
            DispositionManagement dispositions,
            CustodyLedger custody,
            WorkOrderRepository orders,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            ReturnSettlement returns) {
        this.returns = returns;
        this.dispositions = dispositions;
        this.custody = custody;
        this.orders = orders;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** An outcome on record. */
    public record RecordedOutcome(
            UUID unitId, UnitOutcome outcome, String holder, String note, String recordedBy, Instant recordedAt) {}

    @Transactional
    public RecordedOutcome record(Actor actor, UUID unitId, UnitOutcome outcome, String holder, String note) {
        ClientId client = actor.clientId();
        UnitSnapshot unit = custody.unit(client, unitId);
        Optional<RecordedOutcome> earlier = find(client, unitId);
        if (earlier.isPresent()) {
            throw OutcomeRefused.alreadyRecorded(
                    unit.licencePlate(), earlier.get().outcome().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (unit.state() != UnitState.IN_CUSTODY) {
            throw new UnitNotInCustody(unit, outcome.name().toLowerCase(java.util.Locale.ROOT));
        }
        DecisionSummary decision = dispositions
                .summary(client, unitId)
                .orElseThrow(() -> OutcomeRefused.notDecided(unit.licencePlate(), outcome, "nothing yet"));
        if (decision.option() != outcome.option()) {
            throw OutcomeRefused.notDecided(
                    unit.licencePlate(), outcome, decision.option().name());
        }
        List<WorkOrder> work = orders.findByClientIdAndUnitIdOrderByCreatedAt(client.value(), unitId);
        String missing = missingWork(work, decision.requiredWork());
        if (!missing.isEmpty()) {
            throw OutcomeRefused.workOpen(unit.licencePlate(), missing);
        }
        String by = actor.name();
        Instant now = Instant.now();
        for (WorkOrder leftover : work) {
            if (leftover.getStatus().open()) {
                leftover.cancel(
                        by, "no longer needed: the unit was " + outcome.name().toLowerCase(java.util.Locale.ROOT), now);
                orders.save(leftover);
            }
        }
        String to = holder == null || holder.isBlank() ? outcome.defaultHolder() : holder.strip();
        String ref = "outcome:" + unitId;
        if (outcome.releases()) {
            custody.release(client, unitId, to, by, ref, outcome.name().toLowerCase(java.util.Locale.ROOT));
        } else {
            custody.move(client, unitId, outcome.location(), null, by, ref);
        }
        jdbc.sql(
                        """
                        insert into unit_outcome (unit_id, client_id, outcome, holder, note, recorded_by, recorded_at)
                        values (:u, :c, :o, :h, :n, :b, :t)
                        """)
                .param("u", unitId)
                .param("c", client.value())
                .param("o", outcome.name())
                .param("h", to)
                .param("n", note)
                .param("b", by)
                .param("t", java.sql.Timestamp.from(now))
                .update();
        if (outcome == UnitOutcome.RETURNED_TO_CUSTOMER) {
            // the customer holds the unit again: its order line may return it again
            returns.giveBackUnit(client, unit.sourceRef(), by, "returned to the customer");
        }
        events.publishEvent(new UnitOutcomeRecorded(unitId, client.value(), outcome, to, by, now));
        events.publishEvent(new UnitFateReached(
                unitId, client, UnitFateReached.Fate.REUSE, null, "unit-outcome", unitId.toString(), now));
        return new RecordedOutcome(unitId, outcome, to, note, by, now);
    }

    public Optional<RecordedOutcome> find(ClientId client, UUID unitId) {
        return jdbc.sql(
                        """
                        select unit_id, outcome, holder, note, recorded_by, recorded_at
                        from unit_outcome where client_id = :c and unit_id = :u
                        """)
                .param("c", client.value())
                .param("u", unitId)
                .query((rs, i) -> new RecordedOutcome(
                        rs.getObject(1, UUID.class),
                        UnitOutcome.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .optional();
    }

    public RecordedOutcome get(ClientId client, UUID unitId) {
        return find(client, unitId).orElseThrow(() -> new NotFound("outcome", unitId));
    }

    /**
     * What keeps the unit from leaving: work in progress, or work the decision needs that is open or not done yet;
     * empty when nothing does. Unstarted work a changed decision no longer needs does not hold the unit back. The
     * outcome queue lists a unit by the same rule.
     */
    static String missingWork(List<WorkOrder> work, Set<WorkKind> required) {
        List<String> open = work.stream()
                .filter(w -> w.getStatus() == WorkOrderStatus.IN_PROGRESS
                        || (w.getStatus().open() && required.contains(w.getKind())))
                .map(w -> w.getNumber() + " (" + w.getKind().name().toLowerCase(java.util.Locale.ROOT) + ") is "
                        + w.getStatus().name().toLowerCase(java.util.Locale.ROOT))
                .toList();
        if (!open.isEmpty()) {
            return String.join(", ", open);
        }
        Set<WorkKind> missing = required.isEmpty() ? EnumSet.noneOf(WorkKind.class) : EnumSet.copyOf(required);
        work.stream().filter(w -> w.getStatus() == WorkOrderStatus.DONE).forEach(w -> missing.remove(w.getKind()));
        return missing.stream()
                .map(k -> k.name().toLowerCase(java.util.Locale.ROOT) + " not done")
                .collect(Collectors.joining(", "));
    }
}
