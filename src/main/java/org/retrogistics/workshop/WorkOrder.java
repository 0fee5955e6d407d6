package org.retrogistics.workshop;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.retrogistics.disposition.WorkKind;
import org.retrogistics.shared.DomainException;
import org.retrogistics.workshop.WorkOrderRecords.Completion;
import org.retrogistics.workshop.WorkOrderRecords.PartUsed;
import org.retrogistics.workshop.WorkOrderRecords.SanitisationRecord;
import org.retrogistics.workshop.WorkOrderRecords.TestResult;
import org.retrogistics.workshop.internal.JsonColumns;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A work order on one unit. It owns its state: every step checks the lifecycle table, and closing it checks that the
 * tests its kind requires have passed and, for a sanitisation, that the record says it passed.
 */
@Entity
@Table(schema = "workshop")
public class WorkOrder extends AbstractAggregateRoot<WorkOrder> {

    @Id
    private UUID id;

    private UUID clientId;
    private String number;
    private UUID unitId;

    @Enumerated(EnumType.STRING)
    private WorkKind kind;

    @Enumerated(EnumType.STRING)
    private WorkOrderStatus status;

    private String family;
    private String technician;

    @Convert(converter = JsonColumns.Strings.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> requiredTests;

    @Convert(converter = JsonColumns.Tests.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private List<TestResult> testResults;

    @Convert(converter = JsonColumns.Parts.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private List<PartUsed> parts;

    private int labourMinutes;

    @Convert(converter = JsonColumns.Result.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private Completion result;

    @Convert(converter = JsonColumns.Sanitisation.class)
    @JdbcTypeCode(SqlTypes.JSON)
    private SanitisationRecord sanitisation;

    private String sourceRef;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    /** The moves made in this unit of work, for the service to write to the order's timeline. */
    @Transient
    private final List<Move> moves = new ArrayList<>();

    /** One move of the lifecycle. */
    public record Move(WorkOrderStatus from, WorkOrderStatus to, String actor, String note, Instant at) {}

    protected WorkOrder() {}

    WorkOrder(WorkOrderDraft draft, Instant now) {
        this.id = UUID.randomUUID();
        this.clientId = draft.clientId();
        this.number = draft.number();
        this.unitId = draft.unitId();
        this.kind = draft.kind();
        this.family = draft.family();
        this.sourceRef = draft.sourceRef();
        this.status = WorkOrderStatus.OPEN;
        this.requiredTests = List.copyOf(RequiredTests.forKind(kind));
        this.testResults = new ArrayList<>();
        this.parts = new ArrayList<>();
        this.createdAt = now;
        this.updatedAt = now;
        moves.add(new Move(null, WorkOrderStatus.OPEN, "system", "opened for " + sourceRef, now));
    }

    void assign(String technician, String by, Instant now) {
        move(WorkOrderTrigger.ASSIGN, by, "to " + technician, now);
        this.technician = technician;
    }

    void start(String by, Instant now) {
        requireTechnician(by);
        move(WorkOrderTrigger.START, by, null, now);
    }

    void pause(String by, String note, Instant now) {
        requireTechnician(by);
        move(WorkOrderTrigger.PAUSE, by, note, now);
    }

    void recordTest(TestResult result) {
        requireInProgress("record a test");
        requireTechnician(result.by());
        testResults.add(result);
        updatedAt = result.at();
    }

    void usePart(PartUsed part) {
        requireInProgress("record a part");
        requireTechnician(part.by());
        if (part.quantity() <= 0) {
            throw new InvalidWorkStep("a part is used at least once, not " + part.quantity() + " times");
        }
        if (part.unitCost() != null && part.unitCost().signum() < 0) {
            throw new InvalidWorkStep("a part's cost cannot be negative");
        }
        parts.add(part);
        updatedAt = part.at();
    }

    void addLabour(int minutes, String by, Instant now) {
        requireInProgress("record labour");
        requireTechnician(by);
        if (minutes <= 0 || minutes > 24 * 60) {
            throw new InvalidWorkStep("labour is recorded in minutes, 1 to 1440 at a time, not " + minutes);
        }
        labourMinutes += minutes;
        updatedAt = now;
    }

    /** Closes the order; every required test must have passed, and a sanitisation must say it passed. */
    void complete(Completion completion, String by, Instant now) {
        requireInProgress("close the order");
        requireTechnician(by);
        List<String> missing = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String test : requiredTests) {
            TestResult last = testResults.stream()
                    .filter(r -> r.name().equals(test))
                    .reduce((a, b) -> b)
                    .orElse(null);
            if (last == null) {
                missing.add(test);
            } else if (!last.passed()) {
                failed.add(test);
            }
        }
        if (!missing.isEmpty() || !failed.isEmpty()) {
            throw new RequiredTestsOutstanding(number, missing, failed);
        }
        if (kind == WorkKind.SANITISE) {
            SanitisationRecord s = completion.sanitisation();
            if (s == null || s.method() == null || blank(s.tool()) || blank(s.operator()) || blank(s.certificateId())) {
                throw new InvalidWorkStep(
                        "a sanitisation closes with its record: method, tool, result, operator and certificate id");
            }
            if (!s.passed()) {
                throw new InvalidWorkStep(
                        "the sanitisation did not pass: run it again, or send the unit to destruction");
            }
            this.sanitisation = s;
        }
        if (RequiredTests.regrades(kind)
                && (completion.functionalGrade() == null || completion.cosmeticGrade() == null)) {
            throw new InvalidWorkStep("a " + kind.name().toLowerCase(Locale.ROOT) + " ends with the unit's new grades");
        }
        if (kind == WorkKind.TEARDOWN
                && (completion.harvested() == null || completion.harvested().isEmpty())) {
            throw new InvalidWorkStep("a teardown ends with the parts harvested (sku and, where known, serial)");
        }
        this.result = completion;
        move(WorkOrderTrigger.COMPLETE, by, completion.note(), now);
        registerEvent(new WorkOrderCompleted(id, clientId, unitId, number, kind, sanitisation, now));
    }

    void cancel(String by, String reason, Instant now) {
        if (blank(reason)) {
            throw new InvalidWorkStep("cancelling a work order needs a reason");
        }
        move(WorkOrderTrigger.CANCEL, by, reason, now);
    }

    /** The completion with the plates its harvested parts got. */
    void harvestedAs(List<String> plates) {
        this.result = new Completion(
                result.functionalGrade(),
                result.cosmeticGrade(),
                result.newSku(),
                result.harvested(),
                result.sanitisation(),
                List.copyOf(plates),
                result.note());
    }

    private void move(WorkOrderTrigger trigger, String actor, String note, Instant now) {
        WorkOrderStatus to = WorkOrderLifecycle.TABLE.require(
                status, trigger, () -> new WorkOrderTransitionNotAllowed(number, status, trigger));
        moves.add(new Move(status, to, actor, note, now));
        status = to;
        updatedAt = now;
    }

    private void requireInProgress(String what) {
        if (status != WorkOrderStatus.IN_PROGRESS) {
            throw new WorkOrderTransitionNotAllowed(number, status, what);
        }
    }

    private void requireTechnician(String by) {
        if (technician != null && !technician.equals(by)) {
            throw new NotYourWorkOrder(number, technician);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    List<Move> drainMoves() {
        List<Move> out = List.copyOf(moves);
        moves.clear();
        return out;
    }

    public BigDecimal partsCost() {
        return parts.stream()
                .map(p -> (p.unitCost() == null ? BigDecimal.ZERO : p.unitCost())
                        .multiply(BigDecimal.valueOf(p.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
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

    public UUID getUnitId() {
        return unitId;
    }

    public WorkKind getKind() {
        return kind;
    }

    public WorkOrderStatus getStatus() {
        return status;
    }

    public String getFamily() {
        return family;
    }

    public String getTechnician() {
        return technician;
    }

    public List<String> getRequiredTests() {
        return List.copyOf(requiredTests);
    }

    public List<TestResult> getTestResults() {
        return List.copyOf(testResults);
    }

    public List<PartUsed> getParts() {
        return List.copyOf(parts);
    }

    public int getLabourMinutes() {
        return labourMinutes;
    }

    public Completion getResult() {
        return result;
    }

    public SanitisationRecord getSanitisation() {
        return sanitisation;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getVersion() {
        return version;
    }

    /** A step the lifecycle does not allow from where the order is. */
    public static class WorkOrderTransitionNotAllowed extends DomainException {
        WorkOrderTransitionNotAllowed(String number, WorkOrderStatus status, Object what) {
            super(
                    Kind.CONFLICT,
                    "work-order-transition-not-allowed",
                    "work order " + number + " is "
                            + status.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": cannot "
                            + what.toString().toLowerCase(Locale.ROOT).replace('_', ' ') + " now");
        }
    }

    /** Closing without the tests the kind requires, or with one failed. */
    public static class RequiredTestsOutstanding extends DomainException {
        RequiredTestsOutstanding(String number, List<String> missing, List<String> failed) {
            super(
                    Kind.REJECTED,
                    "required-tests-outstanding",
                    "work order " + number + " cannot close: "
                            + (missing.isEmpty() ? "" : "no result for " + String.join(", ", missing))
                            + (missing.isEmpty() || failed.isEmpty() ? "" : "; ")
                            + (failed.isEmpty() ? "" : "failed " + String.join(", ", failed)));
        }
    }

    /** Input that a work step cannot take. */
    public static class InvalidWorkStep extends DomainException {
        InvalidWorkStep(String message) {
            super(Kind.REJECTED, "invalid-work-step", message);
        }
    }

    /** Someone other than the assigned technician working the order. */
    public static class NotYourWorkOrder extends DomainException {
        NotYourWorkOrder(String number, String technician) {
            super(Kind.REJECTED, "not-your-work-order", "work order " + number + " is assigned to " + technician);
        }
    }
}
