package org.retrogistics.custody;

import java.time.Instant;

/** One entry of a unit's chain of custody as other modules and the API see it. */
public record CustodyEntry(
        int seq,
        String type,
        String location,
        String holder,
        Instant occurredAt,
        String recordedBy,
        Instant recordedAt,
        String sourceRef,
        String note) {

    static CustodyEntry of(CustodyEvent e) {
        return new CustodyEntry(
                e.getSeq(),
                e.getType().name(),
                e.getLocation(),
                e.getHolder(),
                e.getOccurredAt(),
                e.getRecordedBy(),
                e.getRecordedAt(),
                e.getSourceRef(),
                e.getNote());
    }
}
