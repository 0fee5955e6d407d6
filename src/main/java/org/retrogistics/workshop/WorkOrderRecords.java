package org.retrogistics.workshop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;

/** The values a work order records. */
public final class WorkOrderRecords {

    private WorkOrderRecords() {}

    /** A test's result; a measured test carries its value. */
    public record TestResult(String name, boolean passed, String value, String note, String by, Instant at) {}

    /** A part used, at its cost. */
    public record PartUsed(String sku, String description, int quantity, BigDecimal unitCost, String by, Instant at) {}

    /** A part taken out in a teardown: it becomes a unit of its own. */
    public record HarvestedPart(String sku, String serial, String description) {}

    /** NIST SP 800-88 sanitisation methods, with cryptographic erase as Rev. 2 names it (REFERENCE.md). */
    public enum SanitisationMethod {
        CLEAR,
        PURGE,
        DESTROY,
        CRYPTOGRAPHIC_ERASE
    }

    /**
     * The per-device sanitisation record REFERENCE.md lists: method, tool, verification result, operator, time and
     * certificate id (the media and serial are the unit's).
     */
    public record SanitisationRecord(
            SanitisationMethod method,
            String tool,
            boolean passed,
            String operator,
            Instant at,
            String certificateId) {}

    /** How a work order ended. */
    public record Completion(
            FunctionalGrade functionalGrade,
            CosmeticGrade cosmeticGrade,
            String newSku,
            List<HarvestedPart> harvested,
            SanitisationRecord sanitisation,
            List<String> harvestedUnitPlates,
            String note) {}
}
