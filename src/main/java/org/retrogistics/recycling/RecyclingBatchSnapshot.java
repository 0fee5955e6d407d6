package org.retrogistics.recycling;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A recycling batch as other modules and the pages read it: which one, to which recycler, why, where it stands, how
 * it was processed, its certificate, its units and its version (the pages' forms send it back).
 */
public record RecyclingBatchSnapshot(
        UUID id,
        String number,
        UUID recyclerId,
        BatchPurpose purpose,
        BatchStatus status,
        LocalDate batchDate,
        ProcessingMethod method,
        LocalDate processedOn,
        String certificateNumber,
        List<Unit> units,
        Long version) {

    /** A unit in the batch, with its weight and how the weight was found. */
    public record Unit(
            UUID unitId,
            String licencePlate,
            String serial,
            String sku,
            String category,
            long weightGrams,
            WeightSource weightSource,
            boolean estimated,
            boolean dataBearing,
            String sanitisationCertificate,
            boolean active) {}

    static RecyclingBatchSnapshot of(RecyclingBatch b) {
        return new RecyclingBatchSnapshot(
                b.getId(),
                b.getNumber(),
                b.getRecyclerId(),
                b.getPurpose(),
                b.getStatus(),
                b.getBatchDate(),
                b.getMethod(),
                b.getProcessedOn(),
                b.getCertificateNumber(),
                b.getUnits().stream()
                        .map(u -> new Unit(
                                u.getUnitId(),
                                u.getLicencePlate(),
                                u.getSerial(),
                                u.getSku(),
                                u.getCategory(),
                                u.getWeightGrams(),
                                u.getWeightSource(),
                                u.isEstimated(),
                                u.isDataBearing(),
                                u.getSanitisationCertificate(),
                                u.isActive()))
                        .toList(),
                b.getVersion());
    }

    public long totalGrams() {
        return units.stream().mapToLong(Unit::weightGrams).sum();
    }

    public long estimatedGrams() {
        return units.stream()
                .filter(Unit::estimated)
                .mapToLong(Unit::weightGrams)
                .sum();
    }
}
