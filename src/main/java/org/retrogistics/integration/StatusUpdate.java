package org.retrogistics.integration;

import java.time.Instant;

/**
 * A status update from a client's warehouse (WMS) or transport (TMS) system, by API or from the broker's queue
 * (ADR 0029). {@code messageId} is the sender's: the same id twice has one effect.
 *
 * @param status RECEIVED (the WMS took the parcel in: {@code reference} is what the dock reads, a licence plate, RMA
 *     number or tracking number), or SHIPPED, DELIVERED or LOST (the TMS: {@code reference} is the tracking number)
 * @param occurredAt when it happened; needed for the transport statuses, which may arrive out of order
 */
public record StatusUpdate(
        String messageId, String status, String reference, Instant occurredAt, String location, String note) {}
