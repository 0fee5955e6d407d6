package org.retrogistics.recycling;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;

/** One unit or part in a batch: its identity as the certificate lists it, its weight and where that comes from. */
@Embeddable
public class BatchUnit {

    private UUID unitId;
    private String licencePlate;
    private String serial;
    private String sku;
    private String category;
    private long weightGrams;

    @Enumerated(EnumType.STRING)
    private WeightSource weightSource;

    private boolean dataBearing;

    @Column(name = "sanitisation_cert")
    private String sanitisationCertificate;

    private Instant addedAt;
    private String addedBy;
    private boolean active;

    protected BatchUnit() {}

    /** A unit or part as it joins a batch: who it is, what it weighs, and whether it can hold data. */
    public record Draft(
            UUID unitId,
            String licencePlate,
            String serial,
            String sku,
            String category,
            UnitWeight weight,
            boolean dataBearing,
            String sanitisationCertificate) {}

    public BatchUnit(Draft draft, Instant addedAt, String addedBy) {
        this.unitId = draft.unitId();
        this.licencePlate = draft.licencePlate();
        this.serial = draft.serial();
        this.sku = draft.sku();
        this.category = draft.category();
        this.weightGrams = draft.weight().grams();
        this.weightSource = draft.weight().source();
        this.dataBearing = draft.dataBearing();
        this.sanitisationCertificate = draft.sanitisationCertificate();
        this.addedAt = addedAt;
        this.addedBy = addedBy;
        this.active = true;
    }

    /** The batch was cancelled: the unit may join another. */
    void release() {
        this.active = false;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isEstimated() {
        return weightSource.estimated();
    }

    public UUID getUnitId() {
        return unitId;
    }

    public String getLicencePlate() {
        return licencePlate;
    }

    public String getSerial() {
        return serial;
    }

    public String getSku() {
        return sku;
    }

    public String getCategory() {
        return category;
    }

    public long getWeightGrams() {
        return weightGrams;
    }

    public WeightSource getWeightSource() {
        return weightSource;
    }

    public boolean isDataBearing() {
        return dataBearing;
    }

    public String getSanitisationCertificate() {
        return sanitisationCertificate;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public String getAddedBy() {
        return addedBy;
    }
}
