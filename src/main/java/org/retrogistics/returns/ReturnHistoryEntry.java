package org.retrogistics.returns;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a return's timeline: which move, from which state to which, when, by whom and why. */
@Entity
@Table(name = "return_event")
public class ReturnHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "return_event_seq")
    @SequenceGenerator(name = "return_event_seq", sequenceName = "return_event_seq", allocationSize = 50)
    private Long id;

    private String type;

    @Enumerated(EnumType.STRING)
    private ReturnStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private ReturnStatus toStatus;

    private Instant occurredAt;
    private String actor;
    private String detail;

    protected ReturnHistoryEntry() {}

    ReturnHistoryEntry(
            String type,
            ReturnStatus fromStatus,
            ReturnStatus toStatus,
            Instant occurredAt,
            String actor,
            String detail) {
        this.type = type;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.detail = detail;
    }

    public String getType() {
        return type;
    }

    public ReturnStatus getFromStatus() {
        return fromStatus;
    }

    public ReturnStatus getToStatus() {
        return toStatus;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }
}
