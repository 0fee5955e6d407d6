package org.retrogistics.integration;

/**
 * What became of a status update: the outcome of the use case it was mapped onto (APPLIED, NOT_APPLIED, REJECTED,
 * UNMATCHED, DUPLICATE) with its detail; {@code duplicate} when the message id was received before, and then the
 * outcome is the first one's.
 */
public record StatusUpdateOutcome(
        String messageId, String status, String reference, String outcome, String detail, boolean duplicate) {}
