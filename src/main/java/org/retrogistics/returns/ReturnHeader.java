package org.retrogistics.returns;

import java.util.UUID;

/** What a new return is and whose: the client's, under an RMA number, for a customer, recorded by someone. */
record ReturnHeader(
        UUID clientId,
        String rmaNumber,
        ReturnKind kind,
        String customerEmail,
        String customerName,
        String recordedBy) {}
