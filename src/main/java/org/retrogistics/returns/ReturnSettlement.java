package org.retrogistics.returns;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.custody.UnitState;
import org.retrogistics.orders.OrderManagement;
import org.retrogistics.returns.internal.ReturnRequestRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.IfMatch;
import org.retrogistics.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of a return's units besides arriving, kept on its lines so that quantities follow the units
 * (docs/adr/0011): resolutions recorded (and whether money moved on them), units the customer keeps, units given back
 * to the customer (returnable again), and parcels lost on the way. The money side records its resolutions here in its
 * own transaction, with the return locked, so a cancellation and a refund of the same return happen one after the
 * other and never both.
 */
@Service
@Transactional
public class ReturnSettlement {

    private final ReturnRequestRepository returns;
    private final ReturnPolicies policies;
    private final OrderManagement orders;
    private final CustodyLedger custody;
    private final Clock clock;

    @PersistenceContext
    private EntityManager em;

    ReturnSettlement(
            ReturnRequestRepository returns,
            ReturnPolicies policies,
            OrderManagement orders,
            CustodyLedger custody,
            Optional<Clock> clock) {
        this.returns = returns;
        this.policies = policies;
        this.orders = orders;
        this.custody = custody;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * The return with its lines, locked until the transaction ends and read afresh under the lock (what this
     * transaction changed is written first), so that a decision taken on it sees any cancellation or resolution
     * committed meanwhile.
     */
    public ReturnForMoney lock(ClientId client, UUID returnId) {
        return ReturnForMoney.of(lockRequest(client, returnId));
    }

    /** The return as the money side reads it, without a lock: for deciding whether there is anything to do. */
    @Transactional(readOnly = true)
    public ReturnForMoney read(ClientId client, UUID returnId) {
        return returns.findById(returnId)
                .filter(r -> r.getClientId().equals(client.value()))
                .map(ReturnForMoney::of)
                .orElseThrow(() -> new NotFound("return", returnId));
    }

    /** As {@link #lock}, for this module's own changes: the entity itself, refreshed under the lock. */
    ReturnRequest lockRequest(ClientId client, UUID returnId) {
        em.flush();
        ReturnRequest r = em.find(ReturnRequest.class, returnId);
        if (r == null || !r.getClientId().equals(client.value())) {
            throw new NotFound("return", returnId);
        }
        em.createNativeQuery("select version from return_request where id = ? for update")
                .setParameter(1, returnId)
                .getSingleResult();
        // another transaction may have recorded a resolution since this one read the return (without a version bump)
        em.refresh(r);
        return r;
    }

    /**
     * A resolution now covers {@code units} of a line; {@code money} when money moved on them. Refused when the return
     * ended without its goods (cancelled, rejected, expired) or the line has no units left to resolve.
     */
    public void recordResolution(ClientId client, UUID returnId, ResolvedUnits resolved) {
        ReturnRequest r = lockRequest(client, returnId);
        r.resolveLine(resolved, clock.instant());
        returns.save(r);
    }

    /** A resolution withdrawn before its money moved: its units wait for a resolution again. */
    public void withdrawResolution(ClientId client, UUID returnId, ResolvedUnits withdrawn) {
        ReturnRequest r = lockRequest(client, returnId);
        r.unresolveLine(withdrawn, clock.instant());
        returns.save(r);
    }

    /**
     * The customer keeps units still expected on a line: they are no longer expected, and their quantity stays
     * counted on the order line (the customer holds them as the return's settlement, not as goods to return again).
     */
    public ReturnRequest keep(ClientId client, UUID returnId, int lineNo, int units, String by, String reason) {
        ReturnRequest r = lockRequest(client, returnId);
        r.keep(lineNo, units, by, reason, clock.instant());
        ReturnLine line = r.line(lineNo);
        List<UnitSnapshot> waiting = custody.unitsFor(client, List.of(ReturnManagement.sourceRef(line))).stream()
                .filter(u -> u.state() == UnitState.EXPECTED || u.state() == UnitState.IN_TRANSIT)
                .limit(units)
                .toList();
        for (UnitSnapshot unit : waiting) {
            custody.record(
                    client,
                    unit.id(),
                    new CustodyMove(
                            CustodyEventType.NO_LONGER_EXPECTED,
                            null,
                            null,
                            clock.instant(),
                            by,
                            unit.sourceRef(),
                            "the customer keeps it: " + reason));
        }
        return returns.save(r);
    }

    /**
     * Units of a line went (or, for an exchange, go) back to the customer: the order line may return them again. An
     * order line's quantity is given back at once; a line without an order only records it.
     */
    public void giveBack(ClientId client, UUID returnId, int lineNo, int units, String by, String why) {
        ReturnRequest r = lockRequest(client, returnId);
        ReturnLine line = r.line(lineNo);
        r.giveBack(lineNo, units, by, why, clock.instant());
        if (line.getOrderLineId() != null && !r.endedWithoutGoods()) {
            orders.releaseReturn(client, line.getOrderLineId(), units);
        }
        returns.save(r);
    }

    /** As {@link #giveBack}, for one unit named by its custody source ("return-line:..."); others are ignored. */
    public void giveBackUnit(ClientId client, String unitSourceRef, String by, String why) {
        returnLine(client, unitSourceRef)
                .ifPresent(where -> giveBack(client, where.returnId(), where.lineNo(), 1, by, why));
    }

    /**
     * An exchange withdrawn while its return goes on: its goods do not go out, so the returned units count against the
     * order line again (refused with {@code return-quantity-exceeded} when a later return took that quantity). On a
     * return that ended without its goods nothing is taken back: the customer holds the original units.
     */
    public void takeBack(ClientId client, UUID returnId, int lineNo, int units, String by, String why) {
        ReturnRequest r = lockRequest(client, returnId);
        if (r.endedWithoutGoods()) {
            return;
        }
        ReturnLine line = r.line(lineNo);
        if (line.getOrderLineId() != null) {
            orders.reserveReturn(
                    client,
                    orders.line(client, line.getOrderId(), line.getOrderLineId()),
                    Math.min(units, line.getGivenBackQuantity()));
        }
        r.takeBack(lineNo, units, by, why, clock.instant());
        returns.save(r);
    }

    /** A person (or the carrier) says the shipped parcel is lost. */
    public ReturnRequest lose(Actor actor, UUID returnId, Long expectedVersion, String reason) {
        ReturnRequest r = lockRequest(actor.clientId(), returnId);
        IfMatch.requireCurrent(
                expectedVersion,
                r.getVersion(),
                () -> new StaleVersion(r.getRmaNumber(), expectedVersion, r.getVersion()));
        r.lose(actor.name(), reason == null || reason.isBlank() ? "reported lost" : reason.strip(), clock.instant());
        noteUnits(actor.clientId(), r, actor.name(), "lost in transit");
        return returns.save(r);
    }

    /** A carrier scanned a shipped parcel again: the days before it counts as lost start again. */
    public void scanned(ClientId client, UUID returnId, Instant at) {
        ReturnRequest r = lockRequest(client, returnId);
        if (r.getStatus() == ReturnStatus.IN_TRANSIT) {
            r.scanned(at);
            returns.save(r);
        }
    }

    /** The carrier reports a parcel lost: the return shipped under that tracking number, if one is in transit. */
    public Optional<ReturnRequest> carrierLost(ClientId client, String trackingNumber, String carrier) {
        return returns.findByClientIdAndTrackingNumber(client.value(), trackingNumber).stream()
                .filter(r -> r.getStatus() == ReturnStatus.IN_TRANSIT)
                .findFirst()
                .map(r -> lose(Actor.system(client, carrier), r.getId(), null, carrier + " reports the parcel lost"));
    }

    /**
     * Shipped returns not scanned again within their policy's {@code lostAfterDays} count as lost; run by a scheduled
     * job. Answers how many.
     */
    public int loseOverdue() {
        Instant now = clock.instant();
        // the shortest window any policy may have: the policy of each candidate decides
        int lost = 0;
        for (UUID id : returns.findIdsInTransitSince(now.minus(1, ChronoUnit.DAYS))) {
            ReturnRequest r = returns.findById(id).orElseThrow();
            ClientId client = new ClientId(r.getClientId());
            int days = policies.versions(client).stream()
                    .filter(p -> r.getPolicyVersion() != null && p.getVersion() == r.getPolicyVersion())
                    .findFirst()
                    .map(ReturnPolicy::lostAfterDays)
                    .orElse(21);
            if (r.getLastScanAt() != null && r.getLastScanAt().isBefore(now.minus(days, ChronoUnit.DAYS))) {
                lose(
                        Actor.system(client, "system"),
                        id,
                        null,
                        "no carrier scan within " + days + " day(s) of shipping");
                lost++;
            }
        }
        return lost;
    }

    private void noteUnits(ClientId client, ReturnRequest r, String by, String note) {
        List<String> refs =
                r.getLines().stream().map(ReturnManagement::sourceRef).toList();
        for (UnitSnapshot unit : custody.unitsFor(client, refs)) {
            if (unit.state() == UnitState.IN_TRANSIT) {
                custody.record(
                        client,
                        unit.id(),
                        new CustodyMove(
                                CustodyEventType.NOTE, null, null, clock.instant(), by, unit.sourceRef(), note));
            }
        }
    }

    private Optional<ReceivableLine> returnLine(ClientId client, String sourceRef) {
        if (sourceRef == null || !sourceRef.startsWith("return-line:")) {
            return Optional.empty();
        }
        UUID lineId;
        try {
            lineId = UUID.fromString(sourceRef.substring("return-line:".length()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return returns.findByLineId(client.value(), lineId).map(r -> {
            ReturnLine l = r.getLines().stream()
                    .filter(x -> x.getId().equals(lineId))
                    .findFirst()
                    .orElseThrow();
            return new ReceivableLine(
                    r.getId(),
                    r.getRmaNumber(),
                    l.getLineNo(),
                    l.getReason(),
                    l.getRequestedResolution(),
                    r.getStatus(),
                    l.outstanding());
        });
    }
}
