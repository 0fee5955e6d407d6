package org.retrogistics.inspection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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
@Table(schema = "inspection")
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

    Inspection(InspectionDraft draft) {
        this.id = UUID.randomUUID();
        this.fresh = true;
        this.clientId = draft.clientId();
        this.unitId = draft.unitId();
        this.checklistId = draft.checklistId();
        this.source = draft.source();
        this.answers = draft.answers();
        this.functionalGrade = draft.functionalGrade();
        this.cosmeticGrade = draft.cosmeticGrade();
        this.dataBearing = draft.dataBearing();
        this.sanitised = draft.sanitised();
        this.locked = draft.locked();
        this.batteryState = draft.batteryState();
        this.authenticityHold = draft.authenticityHold();
        this.findings = draft.findings();
        this.inspector = draft.inspector();
        this.inspectedAt = draft.inspectedAt();
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
