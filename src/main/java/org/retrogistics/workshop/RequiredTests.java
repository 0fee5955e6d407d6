package org.retrogistics.workshop;

import java.util.List;
import java.util.Map;
import org.retrogistics.disposition.WorkKind;

/**
 * Named policy: the tests a work order of each kind must pass before it can be closed. A repaired or refurbished unit
 * is tested as a whole before it is regraded; a sanitised one needs its erasure verified (NIST SP 800-88, REFERENCE.md
 * "Data destruction"); a relabelled one needs its new label read back by a scanner.
 */
public final class RequiredTests {

    private static final Map<WorkKind, List<String>> BY_KIND = Map.of(
            WorkKind.REPAIR, List.of("functional-test"),
            WorkKind.REFURBISH, List.of("functional-test", "cosmetic-check"),
            WorkKind.TEARDOWN, List.of("parts-inspected"),
            WorkKind.REPACKAGE, List.of("packaging-check"),
            WorkKind.RELABEL, List.of("label-scan"),
            WorkKind.REKIT, List.of("kit-complete"),
            WorkKind.SANITISE, List.of("erasure-verified"));

    private RequiredTests() {}

    public static List<String> forKind(WorkKind kind) {
        return BY_KIND.get(kind);
    }

    /** Kinds whose work changes how the unit works or looks, so they end with a new grade. */
    public static boolean regrades(WorkKind kind) {
        return kind == WorkKind.REPAIR || kind == WorkKind.REFURBISH;
    }
}
