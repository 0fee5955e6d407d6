package org.retrogistics.inspection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;

/**
 * One grading of a unit: by an inspector against a checklist, or again after a work order. Written once; the latest
 * is the unit's current grade, the earlier ones its history.
 */
@Entity
@Immutable
public class Inspection implements org.springframework.data.domain.Persistable<UUID> {

    @Id
    private UUID id;

    private UUID clientId;
    private UUID unitId;
    private UUID checklistId;
    private String source;

    @JdbcTypeCode(SqlTypes.JSON)
    private String answers;

    @Enumerated(EnumType.STRING)
    private FunctionalGrade functionalGrade;

    @Enumerated(EnumType.STRING)
    private CosmeticGrade cosmeticGrade;

    private boolean dataBearing;
    private boolean sanitised;
    private boolean locked;

    @Enumerated(EnumType.STRING)
    private BatteryState batteryState;

    private boolean authenticityHold;

    @JdbcTypeCode(SqlTypes.JSON)
    private String findings;

    private String inspector;
    private Instant inspectedAt;

    /** Written once and never updated: saving a new one inserts it without first looking for it. */
    @jakarta.persistence.Transient
    private boolean fresh;

    protected Inspection() {}

    Inspection(
            UUID clientId,
            UUID unitId,
            UUID checklistId,
            String source,
            String answers,
            FunctionalGrade functionalGrade,
            CosmeticGrade cosmeticGrade,
            boolean dataBearing,
            boolean sanitised,
            boolean locked,
            BatteryState batteryState,
            boolean authenticityHold,
            String findings,
            String inspector,
            Instant inspectedAt) {
        this.id = UUID.randomUUID();
        this.fresh = true;
        this.clientId = clientId;
        this.unitId = unitId;
        this.checklistId = checklistId;
        this.source = source;
        this.answers = answers;
        this.functionalGrade = functionalGrade;
        this.cosmeticGrade = cosmeticGrade;
        this.dataBearing = dataBearing;
        this.sanitised = sanitised;
        this.locked = locked;
        this.batteryState = batteryState;
        this.authenticityHold = authenticityHold;
        this.findings = findings;
        this.inspector = inspector;
        this.inspectedAt = inspectedAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public UUID getChecklistId() {
        return checklistId;
    }

    public String getSource() {
        return source;
    }

    public String getAnswers() {
        return answers;
    }

    public FunctionalGrade getFunctionalGrade() {
        return functionalGrade;
    }

    public CosmeticGrade getCosmeticGrade() {
        return cosmeticGrade;
    }

    public boolean isDataBearing() {
        return dataBearing;
    }

    public boolean isSanitised() {
        return sanitised;
    }

    public boolean isLocked() {
        return locked;
    }

    public BatteryState getBatteryState() {
        return batteryState;
    }

    public boolean isAuthenticityHold() {
        return authenticityHold;
    }

    public String getFindings() {
        return findings;
    }

    public String getInspector() {
        return inspector;
    }

    public Instant getInspectedAt() {
        return inspectedAt;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }
}
