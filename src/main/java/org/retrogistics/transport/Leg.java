package org.retrogistics.transport;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.Money;

/**
 * A consolidation leg: totes, pallets and gaylords moved from one site to another by one mode, with its distance, cost
 * and CO2e estimate. It moves along {@link LegLifecycle}; the CO2e and weight are fixed when it is dispatched.
 */
@Entity
@Table(schema = "transport", name = "transport_leg")
public class Leg {

    @Id
    private UUID id;

    private UUID clientId;
    private String number;
    private UUID originSiteId;
    private UUID destinationSiteId;

    @Enumerated(EnumType.STRING)
    private TransportMode mode;

    private BigDecimal distanceKm;
    private String distanceBasis;
    private BigDecimal costAmount;
    private String currency;
    private BigDecimal co2eKg;
    private Long weightGrams;

    @Enumerated(EnumType.STRING)
    private LegStatus status;

    private Instant createdAt;
    private String createdBy;
    private Instant dispatchedAt;
    private Instant arrivedAt;
    private Instant cancelledAt;

    @Version
    private Long version;

    protected Leg() {}

    Leg(LegDraft draft, String by, Instant now) {
        if (draft.originSiteId().equals(draft.destinationSiteId())) {
            throw new InvalidLeg("a leg goes from one site to another: origin and destination are the same site");
        }
        this.id = UUID.randomUUID();
        this.clientId = draft.clientId();
        this.number = draft.number();
        this.originSiteId = draft.originSiteId();
        this.destinationSiteId = draft.destinationSiteId();
        this.mode = draft.mode();
        this.distanceKm = draft.distanceKm();
        this.distanceBasis = draft.distanceBasis();
        this.costAmount = draft.cost().amount();
        this.currency = draft.cost().currency().getCurrencyCode();
        this.status = LegStatus.PLANNED;
        this.createdBy = by;
        this.createdAt = now;
    }

    /** Checks that a container may be loaded now. */
    void checkLoadable() {
        move(LegLifecycle.Trigger.LOAD);
    }

    /** On its way, with the weight it carries and its CO2e estimate fixed. */
    void dispatch(long grams, BigDecimal co2eKg, Instant now) {
        move(LegLifecycle.Trigger.DISPATCH);
        this.weightGrams = grams;
        this.co2eKg = co2eKg;
        this.dispatchedAt = now;
    }

    void arrive(Instant now) {
        move(LegLifecycle.Trigger.ARRIVE);
        this.arrivedAt = now;
    }

    void cancel(Instant now) {
        move(LegLifecycle.Trigger.CANCEL);
        this.cancelledAt = now;
    }

    private void move(LegLifecycle.Trigger trigger) {
        status = LegLifecycle.TABLE.require(status, trigger, () -> new LegStateConflict(this, trigger));
    }

    public Money cost() {
        return new Money(costAmount, Currency.getInstance(currency));
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public String getNumber() {
        return number;
    }

    public UUID getOriginSiteId() {
        return originSiteId;
    }

    public UUID getDestinationSiteId() {
        return destinationSiteId;
    }

    public TransportMode getMode() {
        return mode;
    }

    public BigDecimal getDistanceKm() {
        return distanceKm;
    }

    /** GREAT_CIRCLE (estimated from the sites' coordinates) or GIVEN. */
    public String getDistanceBasis() {
        return distanceBasis;
    }

    public BigDecimal getCo2eKg() {
        return co2eKg;
    }

    public Long getWeightGrams() {
        return weightGrams;
    }

    public LegStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getDispatchedAt() {
        return dispatchedAt;
    }

    public Instant getArrivedAt() {
        return arrivedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Long getVersion() {
        return version;
    }

    /** A leg that cannot be set up as asked. */
    public static class InvalidLeg extends DomainException {
        InvalidLeg(String message) {
            super(Kind.INVALID, "invalid-leg", message);
        }
    }

    /** A step the leg's state does not allow. */
    public static class LegStateConflict extends DomainException {
        LegStateConflict(Leg leg, LegLifecycle.Trigger trigger) {
            super(
                    Kind.CONFLICT,
                    "leg-state-conflict",
                    "leg " + leg.number + " is " + leg.status + ": it cannot "
                            + trigger.name().toLowerCase(java.util.Locale.ROOT) + " now");
        }
    }
}
