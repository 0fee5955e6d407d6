package org.retrogistics.inspection;

import java.util.List;
import java.util.Map;

/** One inspection of a unit's history as the pages show it: its facts, where it came from, its lock and its answers. */
public record InspectionHistorySnapshot(
        InspectionSnapshot inspection, String source, boolean locked, Map<String, String> answers) {

    public List<String> findings() {
        return inspection.findings();
    }
}
