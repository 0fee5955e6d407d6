package org.retrogistics.returns;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.returns.ReturnEvents.ReturnAuthorized;
import org.retrogistics.returns.ReturnEvents.ReturnCancelled;
import org.retrogistics.returns.ReturnEvents.ReturnClosed;
import org.retrogistics.returns.ReturnEvents.ReturnExpired;
import org.retrogistics.returns.ReturnEvents.ReturnLineKept;
import org.retrogistics.returns.ReturnEvents.ReturnLineReceived;
import org.retrogistics.returns.ReturnEvents.ReturnLost;
import org.retrogistics.returns.ReturnEvents.ReturnReceived;
import org.retrogistics.returns.ReturnEvents.ReturnReferredForReview;
import org.retrogistics.returns.ReturnEvents.ReturnRejected;
import org.retrogistics.returns.ReturnEvents.ReturnRequested;
import org.retrogistics.returns.ReturnEvents.ReturnShipped;
import org.retrogistics.shared.NotFound;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A return (RMA): the request to send items back. It owns its state: every change goes through an intention-revealing
 * method that asks {@link ReturnLifecycle} whether the move is allowed, writes its timeline and registers an event.
 */
@Entity
@jakarta.persistence.Table(schema = "returns")
public class ReturnRequest extends AbstractAggregateRoot<ReturnRequest> {

    @Id
    private UUID id;

    private UUID clientId;
    private String rmaNumber;

    @Enumerated(EnumType.STRING)
    private ReturnKind kind;

    @Enumerated(EnumType.STRING)
    private ReturnStatus status;

    private String customerEmail;
    private String customerName;
    private UUID policyId;
    private Integer policyVersion;

    @Enumerated(EnumType.STRING)
    private PolicyOutcome decisionOutcome;

    private String decisionReason;
    private String trackingNumber;
    private Instant requestedAt;
    private Instant authorizedAt;
    private Instant expiresAt;
    private Instant updatedAt;
    private Instant lostAt;
    private Instant lastScanAt;
    private Instant expiryWithheldAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "return_id", nullable = false, updatable = false)
    @OrderBy("lineNo")
    private List<ReturnLine> lines = new ArrayList<>();

    // mapped by the entry, so that adding one to a timeline not yet read is queued, not preceded by reading it all
    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("id")
    private List<ReturnHistoryEntry> history = new ArrayList<>();

    @Version
    private Long version;

    protected ReturnRequest() {}

    /** Records a new request as REQUESTED; the policy's verdict is applied next by {@link #decide}. */
    static ReturnRequest request(
            ReturnHeader header,
            ReturnPolicy policy,
            List<ReturnLineSpec> specs,
            List<PolicyVerdict> verdicts,
            Instant now) {
        ReturnRequest r = new ReturnRequest();
        r.id = UUID.randomUUID();
        r.clientId = header.clientId();
        r.rmaNumber = header.rmaNumber();
        r.kind = header.kind();
        r.customerEmail = header.customerEmail();
        r.customerName = header.customerName();
        r.policyId = policy.getId();
        r.policyVersion = policy.getVersion();
        r.requestedAt = now;
        r.updatedAt = now;
        r.status = ReturnStatus.REQUESTED;
        for (int i = 0; i < specs.size(); i++) {
            r.lines.add(new ReturnLine(i + 1, specs.get(i), verdicts.get(i)));
        }
        r.history.add(new ReturnHistoryEntry(
                r, "ReturnRequested", null, now, header.recordedBy(), specs.size() + " line(s), " + r.kind));
        r.registerEvent(new ReturnRequested(r.id, r.clientId, r.rmaNumber, r.kind, specs.size(), now));
        return r;
    }

    /** Applies the policy's combined verdict: authorize, or send to a person for review. */
    void decide(PolicyOutcome outcome, String reason, int shipWithinDays, String actor, Instant now) {
        this.decisionOutcome = outcome;
        this.decisionReason = reason;
        switch (outcome) {
            case ALLOW -> authorize(actor, "Policy: " + reason, shipWithinDays, now);
            case REVIEW -> {
                move(ReturnTrigger.REFER_FOR_REVIEW, "ReturnReferredForReview", actor, reason, now);
                registerEvent(new ReturnReferredForReview(id, clientId, rmaNumber, reason, now));
            }
            case REJECT -> reject(actor, reason, now);
        }
    }

    void authorize(String actor, String note, int shipWithinDays, Instant now) {
        move(ReturnTrigger.AUTHORIZE, "ReturnAuthorized", actor, note, now);
        this.authorizedAt = now;
        this.expiresAt = now.plus(shipWithinDays, ChronoUnit.DAYS);
        registerEvent(new ReturnAuthorized(id, clientId, rmaNumber, actor, policyVersion, now));
    }

    void reject(String actor, String reason, Instant now) {
        move(ReturnTrigger.REJECT, "ReturnRejected", actor, reason, now);
        registerEvent(new ReturnRejected(id, clientId, rmaNumber, reason, now));
    }

    void ship(String actor, String carrier, String trackingNumber, Instant now) {
        move(ReturnTrigger.SHIP, "ReturnShipped", actor, carrier + " " + trackingNumber, now);
        this.trackingNumber = trackingNumber;
        this.lastScanAt = now;
        registerEvent(new ReturnShipped(id, clientId, rmaNumber, carrier, trackingNumber, policyVersion, now));
    }

    /** Takes in units on one line; the return becomes RECEIVED once every line is complete. */
    void receive(int lineNo, int quantity, String actor, Instant now) {
        ReturnLine line = line(lineNo);
        ReturnTrigger trigger =
                wouldCompleteWith(line, quantity) ? ReturnTrigger.RECEIVE_ALL : ReturnTrigger.RECEIVE_PART;
        requireAllowed(trigger);
        line.receive(quantity, rmaNumber);
        move(trigger, "ReturnLineReceived", actor, "line " + lineNo + ": " + quantity + " received", now);
        registerEvent(new ReturnLineReceived(id, clientId, rmaNumber, lineNo, quantity, policyVersion, now));
        if (status == ReturnStatus.RECEIVED) {
            registerEvent(new ReturnReceived(id, clientId, rmaNumber, now));
        }
    }

    private boolean wouldCompleteWith(ReturnLine target, int quantity) {
        return lines.stream().allMatch(l -> l == target ? l.outstanding() == quantity : l.fullyReceived());
    }

    /**
     * Closes the return. While a line still waits for the resolution its customer asked for (the money has not moved,
     * the exchange not gone out) a reason must be given: closing then is a person's decision, on record.
     */
    void close(String actor, String note, String reason, Instant now) {
        List<Integer> waiting = lines.stream()
                .filter(ReturnLine::awaitsResolution)
                .map(ReturnLine::getLineNo)
                .toList();
        boolean hasReason = reason != null && !reason.isBlank();
        if (!waiting.isEmpty() && !hasReason) {
            requireAllowed(ReturnTrigger.CLOSE);
            throw new ReturnRefusals.CloseNeedsReason(rmaNumber, waiting);
        }
        String detail = hasReason
                ? (note == null || note.isBlank() ? "" : note.strip() + "; ") + "reason: " + reason.strip()
                : note;
        move(ReturnTrigger.CLOSE, "ReturnClosed", actor, detail, now);
        registerEvent(new ReturnClosed(id, clientId, rmaNumber, now));
    }

    void cancel(String actor, String reason, Instant now) {
        requireAllowed(ReturnTrigger.CANCEL);
        EndingWithoutGoods.refuse(rmaNumber, lines);
        move(ReturnTrigger.CANCEL, "ReturnCancelled", actor, reason, now);
        registerEvent(new ReturnCancelled(id, clientId, rmaNumber, reason, now));
    }

    void expire(Instant now) {
        requireAllowed(ReturnTrigger.EXPIRE);
        EndingWithoutGoods.refuse(rmaNumber, lines);
        move(ReturnTrigger.EXPIRE, "ReturnExpired", "system", "not shipped by " + expiresAt, now);
        registerEvent(new ReturnExpired(id, clientId, rmaNumber, now));
    }

    /** Whether the expiry job may expire this return now: nothing moved on it that the quantity would leave behind. */
    boolean canExpire() {
        return EndingWithoutGoods.refusal(rmaNumber, lines).isEmpty();
    }

    /**
     * An overdue return the expiry job may not expire (money moved): written on its timeline once, for a person to
     * settle (the parcel arrives, is lost, or the customer keeps the items).
     */
    boolean withholdExpiry(Instant now) {
        if (expiryWithheldAt != null) {
            return false;
        }
        expiryWithheldAt = now;
        note(
                "ExpiryWithheld",
                "system",
                "not shipped by " + expiresAt + ", but money moved on it: settle it by hand",
                now);
        return true;
    }

    /** The parcel is lost: the carrier said so, or it was not scanned again within the policy's days. */
    void lose(String actor, String reason, Instant now) {
        move(ReturnTrigger.LOSE, "ReturnLost", actor, reason, now);
        this.lostAt = now;
        registerEvent(new ReturnLost(id, clientId, rmaNumber, reason, policyVersion, now));
    }

    /** A resolution now covers units of a line; refused once the return has ended without its goods. */
    void resolveLine(ResolvedUnits resolved, Instant now) {
        if (!SettlementStates.RESOLVABLE.contains(status)) {
            throw new ReturnRefusals.ReturnNotSettleable(rmaNumber, status);
        }
        line(resolved.lineNo()).resolve(resolved.units(), resolved.money(), rmaNumber);
        note("ResolutionRecorded", resolved.by(), "line " + resolved.lineNo() + ": " + resolved.what(), now);
    }

    /** A resolution was withdrawn before its money moved: its units wait for a resolution again. */
    void unresolveLine(ResolvedUnits withdrawn, Instant now) {
        line(withdrawn.lineNo()).unresolve(withdrawn.units(), withdrawn.money());
        note("ResolutionWithdrawn", withdrawn.by(), "line " + withdrawn.lineNo() + ": " + withdrawn.what(), now);
    }

    /** The customer keeps units still expected on a line (a resolution given by an agent, with its reason). */
    void keep(int lineNo, int units, String actor, String reason, Instant now) {
        if (!SettlementStates.KEEPABLE.contains(status)) {
            throw new ReturnRefusals.ReturnNotSettleable(rmaNumber, status);
        }
        line(lineNo).keep(units, rmaNumber);
        note("CustomerKeeps", actor, "line " + lineNo + ": " + units + " kept by the customer: " + reason, now);
        registerEvent(new ReturnLineKept(id, clientId, rmaNumber, lineNo, units, reason, now));
    }

    /** Units of a line went back to the customer (returned after repair, or an exchange's goods): returnable again. */
    void giveBack(int lineNo, int units, String actor, String why, Instant now) {
        line(lineNo).giveBack(units);
        note("GivenBackToCustomer", actor, "line " + lineNo + ": " + units + " " + why, now);
    }

    /** An exchange withdrawn: its goods do not go out, so the returned units count against the order line again. */
    void takeBack(int lineNo, int units, String actor, String why, Instant now) {
        line(lineNo).takeBack(units);
        note("GivenBackWithdrawn", actor, "line " + lineNo + ": " + units + " " + why, now);
    }

    /** Whether the return has ended without (all) its goods, so that quantity left on its lines goes back. */
    boolean endedWithoutGoods() {
        return EndingWithoutGoods.ended(status);
    }

    /** The quantity each order line gets back now that the return has ended ({@link EndingWithoutGoods}). */
    Map<ReturnLine, Integer> quantityToRelease() {
        return EndingWithoutGoods.quantityToRelease(status, lines);
    }

    /**
     * A timeline entry that changes no state of the return itself (its version stays, so a person's view of it does not
     * go stale because a refund landed); what changes it is serialised by the row lock {@link ReturnSettlement} takes.
     */
    private void note(String type, String actor, String detail, Instant now) {
        history.add(new ReturnHistoryEntry(this, type, status, now, actor, detail));
    }

    private void move(ReturnTrigger trigger, String eventType, String actor, String detail, Instant now) {
        ReturnStatus from = status;
        this.status = requireAllowed(trigger);
        this.updatedAt = now;
        history.add(new ReturnHistoryEntry(this, eventType, from, now, actor, detail));
    }

    /** The status the trigger leads to from the current one; refused when the lifecycle has no such move. */
    private ReturnStatus requireAllowed(ReturnTrigger trigger) {
        return ReturnLifecycle.TABLE.require(
                status, trigger, () -> new ReturnTransitionNotAllowed(rmaNumber, status, trigger));
    }

    /** The events registered and not yet published (they go out when the aggregate is saved). */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    public ReturnLine line(int lineNo) {
        return findLine(lineNo).orElseThrow(() -> new NotFound("return-line", rmaNumber + "/" + lineNo));
    }

    public Optional<ReturnLine> findLine(int lineNo) {
        return lines.stream().filter(l -> l.getLineNo() == lineNo).findFirst();
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public String getRmaNumber() {
        return rmaNumber;
    }

    public ReturnKind getKind() {
        return kind;
    }

    public ReturnStatus getStatus() {
        return status;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public String getCustomerName() {
        return customerName;
    }

    public Integer getPolicyVersion() {
        return policyVersion;
    }

    public PolicyOutcome getDecisionOutcome() {
        return decisionOutcome;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getAuthorizedAt() {
        return authorizedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<ReturnLine> getLines() {
        return List.copyOf(lines);
    }

    public List<ReturnHistoryEntry> getHistory() {
        return List.copyOf(history);
    }

    /** Null until first stored; Spring Data reads it through this getter to tell a new aggregate from a stored one. */
    public Long getVersion() {
        return version;
    }

    /** A carrier scanned the parcel again on its way: it is not lost. */
    void scanned(Instant at) {
        if (lastScanAt == null || at.isAfter(lastScanAt)) {
            lastScanAt = at;
        }
    }

    /** When the carrier last scanned the parcel (first at shipping). */
    public Instant getLastScanAt() {
        return lastScanAt;
    }

    public Instant getLostAt() {
        return lostAt;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }
}
