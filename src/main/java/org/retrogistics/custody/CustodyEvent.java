package org.retrogistics.custody;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One entry of a unit's chain of custody. Append-only: the database refuses any update or delete. */
@Entity
@Immutable
@Table(schema = "custody", name = "custody_event")
public class CustodyEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custody_event_seq")
    @SequenceGenerator(
            schema = "custody",
            name = "custody_event_seq",
            sequenceName = "custody_event_seq",
            allocationSize = 50)
    private Long id;

    private UUID unitId;
    private int seq;

    @Enumerated(EnumType.STRING)
    private CustodyEventType type;

    private String location;
    private String holder;
    private Instant occurredAt;
    private String recordedBy;
    private Instant recordedAt;
    private String sourceRef;
    private String note;

    protected CustodyEvent() {}

    CustodyEvent(UUID unitId, int seq, CustodyMove move, Instant recordedAt) {
        this.unitId = unitId;
        this.seq = seq;
        this.type = move.type();
        this.location = move.location();
        this.holder = move.holder();
        this.occurredAt = move.occurredAt() == null ? recordedAt : move.occurredAt();
        this.recordedBy = move.recordedBy();
        this.recordedAt = recordedAt;
        this.sourceRef = move.sourceRef();
        this.note = move.note();
    }

    public UUID getUnitId() {
        return unitId;
    }

    public int getSeq() {
        return seq;
    }

    public CustodyEventType getType() {
        return type;
    }

    public String getLocation() {
        return location;
    }

    public String getHolder() {
        return holder;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public String getNote() {
        return note;
    }
}
