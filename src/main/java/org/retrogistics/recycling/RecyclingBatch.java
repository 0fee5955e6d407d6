package org.retrogistics.recycling;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.retrogistics.shared.DomainException;

/**
 * Units and parts sent together to one certified recycler, for recycling or for destruction. Filled while OPEN,
 * shipped (the units leave our custody), and closed with the processing method, date and certificate.
 */
@Entity
@Table(schema = "recycling")
public class RecyclingBatch {

    @Id
    private UUID id;

    private UUID clientId;
    private String number;
    private UUID recyclerId;

    @Enumerated(EnumType.STRING)
    private BatchPurpose purpose;

    @Enumerated(EnumType.STRING)
    private BatchStatus status;

    private LocalDate batchDate;

    @Enumerated(EnumType.STRING)
    private ProcessingMethod method;

    private LocalDate processedOn;
    private String certificateNumber;

    @Column(name = "cost_amount")
    private BigDecimal cost;

    @Column(name = "rebate_amount")
    private BigDecimal rebate;

    private String currency;
    private String note;
    private Instant createdAt;
    private String createdBy;
    private Instant shippedAt;
    private Instant closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "recycling", name = "recycling_batch_unit", joinColumns = @JoinColumn(name = "batch_id"))
    @OrderColumn(name = "seq")
    private List<BatchUnit> units = new ArrayList<>();

    @Version
    private Long version;

    protected RecyclingBatch() {}

    /** What a new batch is made of. */
    public record Draft(
            UUID clientId, String number, BatchPurpose purpose, LocalDate batchDate, String note, String by) {}

    /** What the recycler reports when the batch is processed. */
    public record Closing(
            ProcessingMethod method,
            LocalDate processedOn,
            String certificateNumber,
            BigDecimal cost,
            BigDecimal rebate) {}

    /** Opens a batch to a recycler that must be certified on the batch date. */
    public RecyclingBatch(Draft draft, Recycler recycler, Instant now) {
        this.id = UUID.randomUUID();
        this.clientId = draft.clientId();
        this.number = draft.number();
        this.recyclerId = recycler.getId();
        this.purpose = draft.purpose();
        this.status = BatchStatus.OPEN;
        this.batchDate = draft.batchDate();
        this.note = draft.note();
        this.createdAt = now;
        this.createdBy = draft.by();
        requireCertified(recycler);
    }

    /** Refuses when the recycler holds no valid certification on the batch date. */
    public void requireCertified(Recycler recycler) {
        Verdict v = CertificationValidity.check(recycler, batchDate);
        if (!v.allowed()) {
            throw new RecyclerCertificationLapsed(v.reason());
        }
    }

    /** Adds a unit or part: only while open, only once, and a data-bearing one only sanitised or for destruction. */
    public void add(Recycler recycler, BatchUnit unit) {
        move(BatchTrigger.ADD_UNIT);
        requireCertified(recycler);
        if (units.stream().anyMatch(u -> u.getUnitId().equals(unit.getUnitId()))) {
            throw new UnitAlreadyBatched(unit.getLicencePlate(), number);
        }
        Verdict data = DataBearingRelease.check(
                unit.getLicencePlate(), unit.isDataBearing(), unit.getSanitisationCertificate(), purpose);
        if (!data.allowed()) {
            throw new DataBearingNotSanitised(data.reason());
        }
        units.add(unit);
    }

    /** The batch leaves for the recycler: it must hold something, and the recycler must still be certified. */
    public void ship(Recycler recycler, Instant now) {
        BatchStatus to = next(BatchTrigger.SHIP);
        if (units.isEmpty()) {
            throw new EmptyBatch(number);
        }
        requireCertified(recycler);
        status = to;
        shippedAt = now;
    }

    /** The recycler processed the batch: method, day, certificate number, and what it cost or paid back. */
    public void close(Closing closing, String currency, Instant now) {
        BatchStatus to = next(BatchTrigger.CLOSE);
        ProcessingMethod method = closing.method();
        LocalDate processedOn = closing.processedOn();
        BigDecimal cost = closing.cost();
        BigDecimal rebate = closing.rebate();
        if (method == null || processedOn == null) {
            throw new InvalidClose("closing batch " + number + " needs the processing method and the date");
        }
        if (processedOn.isBefore(batchDate)) {
            throw new InvalidClose("batch " + number + " cannot be processed (" + processedOn
                    + ") before its batch date (" + batchDate + ")");
        }
        if (processedOn.isAfter(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC))) {
            throw new InvalidClose(
                    "batch " + number + " cannot be processed on " + processedOn + ", a day still to come");
        }
        if ((cost != null && cost.signum() < 0) || (rebate != null && rebate.signum() < 0)) {
            throw new InvalidClose("a cost or rebate is never negative");
        }
        this.method = method;
        this.processedOn = processedOn;
        this.certificateNumber = closing.certificateNumber();
        this.cost = cost;
        this.rebate = rebate;
        this.currency = currency;
        this.status = to;
        this.closedAt = now;
    }

    /** Calls the batch off; its units are released to join another batch. */
    public void cancel() {
        status = next(BatchTrigger.CANCEL);
        units.forEach(BatchUnit::release);
    }

    private void move(BatchTrigger trigger) {
        status = next(trigger);
    }

    private BatchStatus next(BatchTrigger trigger) {
        return RecyclingBatchLifecycle.TABLE.require(
                status, trigger, () -> new BatchTransitionNotAllowed(number, status, trigger));
    }

    public long totalGrams() {
        return units.stream().mapToLong(BatchUnit::getWeightGrams).sum();
    }

    public long estimatedGrams() {
        return units.stream()
                .filter(BatchUnit::isEstimated)
                .mapToLong(BatchUnit::getWeightGrams)
                .sum();
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

    public UUID getRecyclerId() {
        return recyclerId;
    }

    public BatchPurpose getPurpose() {
        return purpose;
    }

    public BatchStatus getStatus() {
        return status;
    }

    public LocalDate getBatchDate() {
        return batchDate;
    }

    public ProcessingMethod getMethod() {
        return method;
    }

    public LocalDate getProcessedOn() {
        return processedOn;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public BigDecimal getRebate() {
        return rebate;
    }

    public String getCurrency() {
        return currency;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<BatchUnit> getUnits() {
        return List.copyOf(units);
    }

    public Long getVersion() {
        return version;
    }

    /** The recycler holds no certification valid on the batch date. */
    public static class RecyclerCertificationLapsed extends DomainException {
        RecyclerCertificationLapsed(String reason) {
            super(Kind.REJECTED, "recycler-certification-lapsed", reason);
        }
    }

    /** A data-bearing unit without a passed sanitisation record, for a batch that does not destroy it. */
    public static class DataBearingNotSanitised extends DomainException {
        DataBearingNotSanitised(String reason) {
            super(Kind.REJECTED, "data-bearing-unit-not-sanitised", reason);
        }
    }

    /** The unit is in this batch already, or in another that is not cancelled. */
    public static class UnitAlreadyBatched extends DomainException {
        public UnitAlreadyBatched(String plate, String batch) {
            super(Kind.CONFLICT, "unit-already-batched", "unit " + plate + " is already in recycling batch " + batch);
        }
    }

    /** A step the batch's state does not allow. */
    public static class BatchTransitionNotAllowed extends DomainException {
        BatchTransitionNotAllowed(String number, BatchStatus status, BatchTrigger trigger) {
            super(
                    Kind.CONFLICT,
                    "batch-transition-not-allowed",
                    "recycling batch " + number + " is " + status + ": "
                            + trigger.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + " is not possible now");
        }
    }

    /** Nothing to ship. */
    public static class EmptyBatch extends DomainException {
        EmptyBatch(String number) {
            super(Kind.REJECTED, "empty-batch", "recycling batch " + number + " holds no units: add some first");
        }
    }

    /** A close without what the certificate needs. */
    public static class InvalidClose extends DomainException {
        InvalidClose(String message) {
            super(Kind.INVALID, "invalid-batch-close", message);
        }
    }
}
