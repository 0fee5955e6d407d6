package org.retrogistics.returns;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a return's timeline: which move, from which state to which, when, by whom and why. */
@Entity
@Table(schema = "returns", name = "return_event")
public class ReturnHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "return_event_seq")
    @SequenceGenerator(
            schema = "returns",
            name = "return_event_seq",
            sequenceName = "return_event_seq",
            allocationSize = 50)
    private Long id;

    /**
     * The return this entry belongs to. Mapped from this side so that a new entry is appended without reading the
     * return's whole timeline first.
     */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "return_id", nullable = false, updatable = false)
    private ReturnRequest request;

    private String type;

    @Enumerated(EnumType.STRING)
    private ReturnStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private ReturnStatus toStatus;

    private Instant occurredAt;
    private String actor;
    private String detail;

    protected ReturnHistoryEntry() {}

    /** An entry for what just happened to the return: it moved from the given status to the one it now has. */
    ReturnHistoryEntry(
            ReturnRequest request,
            String type,
            ReturnStatus fromStatus,
            Instant occurredAt,
            String actor,
            String detail) {
        this.request = request;
        this.type = type;
        this.fromStatus = fromStatus;
        this.toStatus = request.getStatus();
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
