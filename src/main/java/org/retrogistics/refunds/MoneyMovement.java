package org.retrogistics.refunds;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.retrogistics.refunds.RefundAllowance.Allowance;
import org.retrogistics.refunds.RefundEvents.RefundCancelled;
import org.retrogistics.refunds.RefundEvents.RefundFailed;
import org.retrogistics.refunds.RefundEvents.RefundHeld;
import org.retrogistics.refunds.RefundEvents.RefundIssued;
import org.retrogistics.refunds.RefundRefusals.MovementTransitionNotAllowed;
import org.retrogistics.refunds.RefundRefusals.ReasonRequired;
import org.retrogistics.shared.Money;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One movement of money for a resolution: a refund, a store credit, an exchange difference refunded or charged. It
 * owns its state: every change asks {@link MoneyMovementLifecycle} and registers a past-tense event. Each movement has
 * one idempotency key for all its attempts, so a retry after an unclear failure never pays twice.
 */
@Entity
@Table(schema = "refunds")
public class MoneyMovement extends AbstractAggregateRoot<MoneyMovement> {

    @Id
    private UUID id;

    private UUID clientId;
    private UUID resolutionId;
    private UUID returnId;
    private String rmaNumber;
    private UUID returnLineId;
    private int lineNo;
    private String customerEmail;

    @Enumerated(EnumType.STRING)
    private MovementKind kind;

    @Enumerated(EnumType.STRING)
    private MovementStatus status;

    private BigDecimal amount;
    private String currency;
    private int quantity;
    private String unitIds;
    private String triggerStep;
    private BigDecimal paid;
    private BigDecimal restockingFee;
    private BigDecimal shippingFee;
    private BigDecimal damageDeduction;
    private String explanation;
    private String holdReason;
    private String failureReason;
    private int attempts;
    private String idempotencyKey;
    private String providerRef;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant issuedAt;

    @Version
    private Long version;

    protected MoneyMovement() {}

    /** What a new movement moves, for what and why; {@code allowance} is the policy's breakdown behind the amount. */
    public record Draft(
            UUID clientId,
            UUID resolutionId,
            LineTerms line,
            MovementKind kind,
            Money amount,
            int quantity,
            List<UUID> unitIds,
            String triggerStep,
            Allowance allowance,
            Instant now) {}

    /** A new movement, PENDING. */
    public MoneyMovement(Draft draft) {
        Money amount = draft.amount();
        if (amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("a money movement moves something: " + amount);
        }
        LineTerms line = draft.line();
        Allowance allowance = draft.allowance();
        this.id = UUID.randomUUID();
        this.clientId = draft.clientId();
        this.resolutionId = draft.resolutionId();
        this.returnId = line.returnId();
        this.rmaNumber = line.rmaNumber();
        this.returnLineId = line.returnLineId();
        this.lineNo = line.lineNo();
        this.customerEmail = line.customerEmail();
        this.kind = draft.kind();
        this.status = MovementStatus.PENDING;
        this.amount = amount.amount();
        this.currency = amount.currency().getCurrencyCode();
        this.quantity = draft.quantity();
        this.unitIds = draft.unitIds().stream().map(UUID::toString).collect(Collectors.joining(","));
        this.triggerStep = draft.triggerStep();
        Money zero = Money.zero(amount.currency());
        this.paid = allowance == null ? zero.amount() : allowance.paid().amount();
        this.restockingFee =
                allowance == null ? zero.amount() : allowance.restockingFee().amount();
        this.shippingFee =
                allowance == null ? zero.amount() : allowance.shippingFee().amount();
        this.damageDeduction =
                allowance == null ? zero.amount() : allowance.damageDeduction().amount();
        this.explanation = allowance == null ? kind + " " + amount : allowance.explanation();
        this.idempotencyKey = "rtg-mm-" + id;
        this.createdAt = draft.now();
        this.updatedAt = draft.now();
    }

    /** The provider (or the store-credit ledger) confirmed it. */
    public void issue(String providerRef, Instant now) {
        move(MovementTrigger.ISSUE, now);
        this.providerRef = providerRef;
        this.failureReason = null;
        this.issuedAt = now;
        registerEvent(
                new RefundIssued(id, clientId, returnId, rmaNumber, lineNo, kind, amount, currency, providerRef, now));
    }

    /** The provider refused it or could not be reached. */
    public void fail(String reason, Instant now) {
        move(MovementTrigger.FAIL, now);
        this.failureReason = reason;
        registerEvent(new RefundFailed(id, clientId, rmaNumber, lineNo, reason, now));
    }

    /** A failed movement is tried again (with the same idempotency key). */
    public void retry(Instant now) {
        move(MovementTrigger.RETRY, now);
    }

    /** Counts one attempt at the provider. */
    public void attempted() {
        attempts++;
    }

    /** Inspection held a unit: nothing is paid until it is released. */
    public void hold(String reason, Instant now) {
        move(MovementTrigger.HOLD, now);
        this.holdReason = reason;
        registerEvent(new RefundHeld(id, clientId, rmaNumber, lineNo, reason, now));
    }

    public void release(Instant now) {
        move(MovementTrigger.RELEASE, now);
    }

    public void cancel(String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequired("cancel a money movement");
        }
        move(MovementTrigger.CANCEL, now);
        this.failureReason = reason.strip();
        registerEvent(new RefundCancelled(id, clientId, rmaNumber, lineNo, reason.strip(), now));
    }

    /** The events registered and not yet published (they go out when the movement is saved). */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    public boolean allows(MovementTrigger trigger) {
        return MoneyMovementLifecycle.TABLE.allows(status, trigger);
    }

    /** Whether the provider should be asked now. */
    public boolean payable() {
        return status == MovementStatus.PENDING || status == MovementStatus.RETRYING;
    }

    private void move(MovementTrigger trigger, Instant now) {
        MovementStatus from = status;
        this.status = MoneyMovementLifecycle.TABLE.require(
                from, trigger, () -> new MovementTransitionNotAllowed(id, from, trigger));
        this.updatedAt = now;
    }

    public Money money() {
        return Money.of(amount, currency);
    }

    public List<UUID> unitIdList() {
        return unitIds == null || unitIds.isBlank()
                ? List.of()
                : Arrays.stream(unitIds.split(",")).map(UUID::fromString).toList();
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public UUID getResolutionId() {
        return resolutionId;
    }

    public UUID getReturnId() {
        return returnId;
    }

    public String getRmaNumber() {
        return rmaNumber;
    }

    public UUID getReturnLineId() {
        return returnLineId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public MovementKind getKind() {
        return kind;
    }

    public MovementStatus getStatus() {
        return status;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getTriggerStep() {
        return triggerStep;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    public BigDecimal getRestockingFee() {
        return restockingFee;
    }

    public BigDecimal getShippingFee() {
        return shippingFee;
    }

    public BigDecimal getDamageDeduction() {
        return damageDeduction;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getProviderRef() {
        return providerRef;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Long getVersion() {
        return version;
    }
}
