package org.retrogistics.custody;

import java.util.UUID;
import org.retrogistics.shared.ClientId;

/** A unit that some source (a return line, a pickup stop, a work order) expects; custody gives it an identity. */
public record ExpectedUnit(
        ClientId clientId,
        UUID productId,
        String sku,
        String serial,
        String lot,
        String sourceRef,
        String location,
        String holder,
        String recordedBy) {}
