package org.retrogistics.returns;

import java.util.List;
import java.util.UUID;

/**
 * What a bulk recall opened: one authorized return per order (kind and reason RECALL), one return line per order line,
 * and the units each line expects. Lines that had nothing left to return when the batch ran are listed as skipped.
 */
public record RecallReturns(List<Opened> opened, List<UUID> skippedOrderLines) {

    /** One return line opened for an order line, and its expected units. */
    public record Opened(UUID returnId, String rmaNumber, UUID orderLineId, List<UUID> unitIds) {}

    public int returns() {
        return (int) opened.stream().map(Opened::returnId).distinct().count();
    }

    public int units() {
        return opened.stream().mapToInt(o -> o.unitIds().size()).sum();
    }
}
