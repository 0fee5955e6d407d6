package org.retrogistics.history;

import java.math.BigDecimal;

/**
 * A client's imported history in figures.
 *
 * @param invoices distinct invoice numbers
 * @param cancellations distinct invoice numbers of cancellations ('C...')
 * @param returnLines product lines of cancellations (fees excluded)
 * @param returnLinesWithCustomer those of them with a customer
 * @param matched those matched to the same customer's earlier purchase of the same stock code
 * @param medianDaysToReturn median of purchase-to-return days over the matched lines; null when none
 * @param feeLines fee and adjustment-code lines (postage, discounts, charges, vouchers...)
 * @param adjustments stock adjustments outside any invoice
 */
public record HistoryFigures(
        long invoices,
        long cancellations,
        long returnLines,
        long returnLinesWithCustomer,
        long matched,
        BigDecimal medianDaysToReturn,
        long feeLines,
        long adjustments) {}
