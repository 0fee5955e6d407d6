package org.retrogistics.custody;

import java.time.Instant;

/** Something that happened to a unit: what, where, who holds it now, when, who records it and on what grounds. */
public record CustodyMove(
        CustodyEventType type,
        String location,
        String holder,
        Instant occurredAt,
        String recordedBy,
        String sourceRef,
        String note) {}
