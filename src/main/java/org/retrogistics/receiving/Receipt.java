package org.retrogistics.receiving;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One unit's outcome at the dock: what was scanned, what was found, where it went. Written once. */
@Entity
@Table(schema = "receiving")
@Immutable
public class Receipt implements org.springframework.data.domain.Persistable<UUID> {

    @Id
    private UUID id;

    private UUID clientId;
    private UUID unitId;
    private String scanned;

    @Enumerated(EnumType.STRING)
    private ReceiptOutcome outcome;

    private String rmaNumber;
    private String reason;
    private String location;
    private String container;
    private String note;
    private String recordedBy;
    private Instant recordedAt;

    /** Written once and never updated: saving a new one inserts it without first looking for it. */
    @jakarta.persistence.Transient
    private boolean fresh;

    protected Receipt() {}

    Receipt(ReceiptDraft draft) {
        this.id = UUID.randomUUID();
        this.fresh = true;
        this.clientId = draft.clientId();
        this.unitId = draft.unitId();
        this.scanned = draft.scanned();
        this.outcome = draft.outcome();
        this.rmaNumber = draft.rmaNumber();
        this.reason = draft.reason();
        this.location = draft.location();
        this.container = draft.container();
        this.note = draft.note();
        this.recordedBy = draft.recordedBy();
        this.recordedAt = draft.recordedAt();
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

    public String getScanned() {
        return scanned;
    }

    public ReceiptOutcome getOutcome() {
        return outcome;
    }

    public String getRmaNumber() {
        return rmaNumber;
    }

    public String getReason() {
        return reason;
    }

    public String getLocation() {
        return location;
    }

    public String getContainer() {
        return container;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }
}
