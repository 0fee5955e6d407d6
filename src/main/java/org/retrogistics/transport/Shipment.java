package org.retrogistics.transport;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A return parcel with its label: carrier, service (a damaged battery never flies), tracking number and the dangerous
 * goods it carries. Carrier events move it along {@link ShipmentLifecycle}.
 */
@Entity
@Table(schema = "transport")
public class Shipment {

    /** Air or ground. */
    public enum Service {
        GROUND,
        AIR
    }

    @Id
    private UUID id;

    private UUID clientId;
    private UUID returnId;
    private String rmaNumber;
    private String carrier;

    @Enumerated(EnumType.STRING)
    private Service service;

    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    private ShipmentStatus status;

    private String unNumbers;
    private boolean damagedBattery;
    private Instant lastEventAt;
    private Instant createdAt;
    private String createdBy;

    @Version
    private Long version;

    protected Shipment() {}

    Shipment(ShipmentDraft draft, String by, Instant now) {
        this.id = UUID.randomUUID();
        this.clientId = draft.clientId();
        this.returnId = draft.returnId();
        this.rmaNumber = draft.rmaNumber();
        this.carrier = draft.carrier();
        this.service = draft.service();
        this.trackingNumber = draft.trackingNumber();
        this.unNumbers = draft.unNumbers();
        this.damagedBattery = draft.damagedBattery();
        this.status = ShipmentStatus.LABEL_CREATED;
        this.createdBy = by;
        this.createdAt = now;
    }

    /**
     * Applies a carrier event if the lifecycle allows it and it is not older than the last one applied; answers whether
     * it moved the shipment.
     */
    boolean apply(String event, Instant occurredAt) {
        if (lastEventAt != null && occurredAt.isBefore(lastEventAt)) {
            return false;
        }
        return ShipmentLifecycle.TABLE
                .next(status, event)
                .map(to -> {
                    status = to;
                    lastEventAt = occurredAt;
                    return true;
                })
                .orElse(false);
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public UUID getReturnId() {
        return returnId;
    }

    public String getRmaNumber() {
        return rmaNumber;
    }

    public String getCarrier() {
        return carrier;
    }

    public Service getService() {
        return service;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public ShipmentStatus getStatus() {
        return status;
    }

    public String getUnNumbers() {
        return unNumbers;
    }

    public boolean isDamagedBattery() {
        return damagedBattery;
    }

    public Instant getLastEventAt() {
        return lastEventAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getVersion() {
        return version;
    }
}
