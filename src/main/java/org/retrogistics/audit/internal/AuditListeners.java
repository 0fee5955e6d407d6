package org.retrogistics.audit.internal;

import org.retrogistics.access.AccessChanged;
import org.retrogistics.audit.AuditCategory;
import org.retrogistics.audit.AuditRecord;
import org.retrogistics.audit.AuditTrail;
import org.retrogistics.disposition.DispositionDecided;
import org.retrogistics.disposition.DispositionOverridden;
import org.retrogistics.disposition.DispositionsDecided;
import org.retrogistics.inspection.UnitGraded;
import org.retrogistics.inspection.UnitHeld;
import org.retrogistics.recalls.RecallLaunched;
import org.retrogistics.recalls.UnitsRecalled;
import org.retrogistics.receiving.UnitReceived;
import org.retrogistics.refunds.RefundEvents.ExchangeArranged;
import org.retrogistics.refunds.RefundEvents.RefundCancelled;
import org.retrogistics.refunds.RefundEvents.RefundFailed;
import org.retrogistics.refunds.RefundEvents.RefundHeld;
import org.retrogistics.refunds.RefundEvents.RefundIssued;
import org.retrogistics.returns.ReturnEvents.ReturnAuthorized;
import org.retrogistics.returns.ReturnEvents.ReturnEvent;
import org.retrogistics.shared.UnitFateReached;
import org.retrogistics.workshop.UnitOutcomeRecorded;
import org.retrogistics.workshop.WorkOrderCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One listener per audited event. Each is a plain {@code @EventListener}: it runs when the event is published, on the
 * publishing thread and inside its transaction (ADR 0022), so the row commits or rolls back with the change, costs no
 * event publication and no commit of its own, and still sees the request's principal and id. The events published in
 * a background transaction (a decision after grading) are recorded there, as by {@code system}.
 */
@Component
class AuditListeners {

    private final AuditTrail trail;

    AuditListeners(AuditTrail trail) {
        this.trail = trail;
    }

    /** Every move of a return's lifecycle (the interface is sealed: a new return event is audited by itself). */
    @EventListener
    void on(ReturnEvent e) {
        String by = e instanceof ReturnAuthorized a ? a.by() : null;
        trail.record(EventDescription.of((Record) e, AuditCategory.STATE_CHANGE), by);
    }

    @EventListener
    void on(UnitReceived e) {
        state(e);
    }

    @EventListener
    void on(UnitGraded e) {
        state(e);
    }

    @EventListener
    void on(UnitHeld e) {
        state(e);
    }

    /** A decision changed the unit's disposition (by the rules, or by an override: see the next). */
    @EventListener
    void on(DispositionDecided e) {
        state(e);
    }

    /** A person overrode the rules, with a reason. */
    @EventListener
    void on(DispositionOverridden e) {
        trail.record(EventDescription.of(e, AuditCategory.OVERRIDE), e.by());
    }

    /** A re-evaluation's batch: one row per decision, as if each had been published alone. */
    @EventListener
    void on(DispositionsDecided e) {
        e.decisions().forEach(this::on);
    }

    @EventListener
    void on(WorkOrderCompleted e) {
        state(e);
    }

    @EventListener
    void on(UnitOutcomeRecorded e) {
        trail.record(EventDescription.of(e, AuditCategory.STATE_CHANGE), e.recordedBy());
    }

    @EventListener
    void on(UnitFateReached e) {
        state(e);
    }

    @EventListener
    void on(RefundIssued e) {
        state(e);
    }

    @EventListener
    void on(RefundFailed e) {
        state(e);
    }

    @EventListener
    void on(RefundHeld e) {
        state(e);
    }

    @EventListener
    void on(RefundCancelled e) {
        state(e);
    }

    @EventListener
    void on(ExchangeArranged e) {
        state(e);
    }

    @EventListener
    void on(RecallLaunched e) {
        trail.record(EventDescription.of(e, AuditCategory.STATE_CHANGE), e.by());
    }

    /** A recall's units: one row for the batch, the units in the detail (cut at its length limit). */
    @EventListener
    void on(UnitsRecalled e) {
        state(e);
    }

    /** A user, role, password or token change, as the access audit records it. */
    @EventListener
    void on(AccessChanged e) {
        trail.record(
                new AuditRecord(e.clientId(), AuditCategory.ACCESS, e.action().name(), e.subject(), e.reason(), null),
                e.actor());
    }

    private void state(Record e) {
        trail.record(EventDescription.of(e, AuditCategory.STATE_CHANGE));
    }
}
