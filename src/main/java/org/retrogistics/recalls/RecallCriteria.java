package org.retrogistics.recalls;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Which sold items a campaign recalls: one product, narrowed by one or more of lots, a serial range and a sale-date
 * range. Every criterion given must hold (a lot list and a date range: those lots sold in those days).
 *
 * <ul>
 *   <li>Lots: the item's lot is one of them, exactly.
 *   <li>Serial range: {@code serialFrom} and {@code serialTo} have the same length; a serial is in range when it has
 *       that length too and lies between them in plain character order (code points, case-sensitive, as PostgreSQL's
 *       "C" collation). Equal lengths make the order of "SN0099" and "SN0100" the numeric one, and keep a serial of
 *       another scheme (another length) out; a prefix shared by both bounds is thereby shared by every serial in range.
 *   <li>Sale dates: the order's date (UTC) lies between {@code soldFrom} and {@code soldTo}, both included; either may
 *       be open.
 * </ul>
 */
public record RecallCriteria(
        UUID productId,
        String sku,
        List<String> lots,
        String serialFrom,
        String serialTo,
        LocalDate soldFrom,
        LocalDate soldTo) {

    public RecallCriteria {
        lots = lots == null
                ? List.of()
                : lots.stream()
                        .filter(l -> l != null && !l.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
        serialFrom = blankToNull(serialFrom);
        serialTo = blankToNull(serialTo);
        if ((serialFrom == null) != (serialTo == null)) {
            throw new InvalidRecallCriteria("a serial range needs both serialFrom and serialTo");
        }
        if (serialFrom != null) {
            if (serialFrom.length() != serialTo.length()) {
                throw new InvalidRecallCriteria("serialFrom " + serialFrom + " and serialTo " + serialTo
                        + " differ in length; a range compares serials of one length");
            }
            if (serialFrom.compareTo(serialTo) > 0) {
                throw new InvalidRecallCriteria("serialFrom " + serialFrom + " comes after serialTo " + serialTo);
            }
        }
        if (soldFrom != null && soldTo != null && soldFrom.isAfter(soldTo)) {
            throw new InvalidRecallCriteria("soldFrom " + soldFrom + " is after soldTo " + soldTo);
        }
        if (lots.isEmpty() && serialFrom == null && soldFrom == null && soldTo == null) {
            throw new InvalidRecallCriteria(
                    "name the affected items: lots, a serial range (serialFrom/serialTo) or sale dates (soldFrom/soldTo)");
        }
    }

    public boolean bySerial() {
        return serialFrom != null;
    }

    public boolean byLot() {
        return !lots.isEmpty();
    }

    /** Whether one item of the product, with this lot, serial and sale time (each may be unknown), is recalled. */
    public boolean matches(String lot, String serial, Instant soldAt) {
        if (byLot() && (lot == null || !lots.contains(lot))) {
            return false;
        }
        if (bySerial() && !inSerialRange(serial)) {
            return false;
        }
        if (soldFrom != null || soldTo != null) {
            if (soldAt == null) {
                return false;
            }
            LocalDate day = LocalDate.ofInstant(soldAt, ZoneOffset.UTC);
            if ((soldFrom != null && day.isBefore(soldFrom)) || (soldTo != null && day.isAfter(soldTo))) {
                return false;
            }
        }
        return true;
    }

    public boolean inSerialRange(String serial) {
        return serial != null
                && serial.length() == serialFrom.length()
                && serial.compareTo(serialFrom) >= 0
                && serial.compareTo(serialTo) <= 0;
    }

    /** The criteria in words, for people. */
    public String describe() {
        StringBuilder s = new StringBuilder(sku);
        if (byLot()) {
            s.append(", lot ").append(String.join(" or ", lots));
        }
        if (bySerial()) {
            s.append(", serials ").append(serialFrom).append(" to ").append(serialTo);
        }
        if (soldFrom != null || soldTo != null) {
            s.append(", sold ")
                    .append(soldFrom == null ? "any time" : soldFrom)
                    .append(" to ")
                    .append(soldTo == null ? "now" : soldTo);
        }
        return s.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
