package org.retrogistics.history.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One line of the retail CSV, read and classified.
 *
 * @param kind SALE, RETURN, FEE or ADJUSTMENT
 * @param feeKind for a FEE, what it is (POSTAGE, DISCOUNT...); otherwise null
 * @param cancellation the invoice number starts with C
 * @param customerRef the customer number without the trailing ".0"; null for a guest
 */
public record RetailLine(
        String invoiceNo,
        String stockCode,
        String description,
        int quantity,
        LocalDateTime invoicedAt,
        BigDecimal unitPrice,
        String customerRef,
        String country,
        String kind,
        String feeKind,
        boolean cancellation) {}
