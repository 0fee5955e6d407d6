package org.retrogistics.recycling;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A recycling batch as other modules, the pages and the API read it: which one, to which recycler, why, where it
 * stands, how it was processed at what cost, its certificate, its units, who made it and when it moved, and its version
 * (the pages' forms and the API's If-Match send it back).
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
        BigDecimal cost,
        BigDecimal rebate,
        String currency,
        String note,
        Instant createdAt,
        String createdBy,
        Instant shippedAt,
        Instant closedAt,
        List<Unit> units,
        Long version) {

    /** A unit in the batch, with its weight, how the weight was found, and who added it when. */
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
            boolean active,
            Instant addedAt,
            String addedBy) {

        static Unit of(BatchUnit u) {
            return new Unit(
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
                    u.isActive(),
                    u.getAddedAt(),
                    u.getAddedBy());
        }
    }

    /**
     * The one mapping from the entity. Public so the module's own API ({@code recycling.api}) builds its views from it;
     * no other module holds a batch.
     */
    public static RecyclingBatchSnapshot of(RecyclingBatch b) {
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
                b.getCost(),
                b.getRebate(),
                b.getCurrency(),
                b.getNote(),
                b.getCreatedAt(),
                b.getCreatedBy(),
                b.getShippedAt(),
                b.getClosedAt(),
                b.getUnits().stream().map(Unit::of).toList(),
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
