package org.retrogistics.inspection;

import java.math.BigDecimal;
import org.retrogistics.shared.FunctionalGrade;

/**
 * One question of a checklist. A failed answer caps the functional grade at {@code failGrade}; cosmetic items are
 * answered with a grade A–D and the worst one is the unit's cosmetic grade.
 */
public record ChecklistItem(
        String key,
        String text,
        Kind kind,
        boolean required,
        Boolean expected,
        BigDecimal min,
        BigDecimal max,
        String unit,
        FunctionalGrade failGrade) {

    /** How an item is answered. */
    public enum Kind {
        /** A yes/no question; the answer other than {@code expected} fails. */
        YES_NO,
        /** A test that passes or fails. */
        PASS_FAIL,
        /** A measured value; outside [min, max] fails. */
        MEASURED,
        /** A cosmetic grade A–D for one part of the item. */
        COSMETIC,
        /** A photo, given as a reference to the stored image. */
        PHOTO
    }

    public ChecklistItem {
        if (key == null || !key.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new InvalidChecklist("item key '" + key + "' must be 1–40 lower-case letters, digits or dashes");
        }
        if (kind == null) {
            throw new InvalidChecklist("item " + key + " needs a kind");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidChecklist("item " + key + " needs a question");
        }
        if (kind == Kind.MEASURED && min != null && max != null && min.compareTo(max) > 0) {
            throw new InvalidChecklist("item " + key + ": min " + min + " is above max " + max);
        }
        if (kind == Kind.MEASURED && min == null && max == null) {
            throw new InvalidChecklist("item " + key + ": a measured test needs a lower or upper limit");
        }
        if ((kind == Kind.YES_NO || kind == Kind.PASS_FAIL || kind == Kind.MEASURED) && failGrade == null) {
            throw new InvalidChecklist("item " + key + " needs the functional grade a failure caps the unit at");
        }
        if (kind == Kind.YES_NO && expected == null) {
            throw new InvalidChecklist("item " + key + ": a yes/no question needs the expected answer");
        }
    }

    static ChecklistItem yesNo(String key, String text, boolean expected, FunctionalGrade fail) {
        return new ChecklistItem(key, text, Kind.YES_NO, true, expected, null, null, null, fail);
    }

    static ChecklistItem test(String key, String text, FunctionalGrade fail) {
        return new ChecklistItem(key, text, Kind.PASS_FAIL, true, null, null, null, null, fail);
    }

    static ChecklistItem measured(String key, String text, String min, String max, String unit, FunctionalGrade fail) {
        return new ChecklistItem(
                key,
                text,
                Kind.MEASURED,
                true,
                null,
                min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max),
                unit,
                fail);
    }

    static ChecklistItem cosmetic(String key, String text) {
        return new ChecklistItem(key, text, Kind.COSMETIC, true, null, null, null, null, null);
    }

    static ChecklistItem photo(String key, String text, boolean required) {
        return new ChecklistItem(key, text, Kind.PHOTO, required, null, null, null, null, null);
    }
}
