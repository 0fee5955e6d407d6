package org.retrogistics.disposition;

import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;

/**
 * The grade bands recovery tables are kept by: a functional band (CTIA 0–2 working, 3–5 repairable, 6–7 faulty, 8–9
 * parts or scrap), the working one split by cosmetics, since that is where cosmetics move the price.
 */
public enum GradeBand {
    /** F0–F1 and cosmetic A. */
    LIKE_NEW,
    /** F0–F2 and cosmetic A–B, not like new. */
    GOOD,
    /** F0–F2 and cosmetic C–D. */
    WORN,
    /** F3–F5: a key function impaired or no power, repairable. */
    REPAIRABLE,
    /** F6–F7: board-level fault or liquid damage. */
    FAULTY,
    /** F8–F9: parts only or scrap. */
    SCRAP;

    public static GradeBand of(FunctionalGrade functional, CosmeticGrade cosmetic) {
        int f = functional.level();
        if (f <= FunctionalGrade.F2.level()) {
            if (f <= FunctionalGrade.F1.level() && cosmetic == CosmeticGrade.A) {
                return LIKE_NEW;
            }
            return cosmetic.ordinal() <= CosmeticGrade.B.ordinal() ? GOOD : WORN;
        }
        if (f <= FunctionalGrade.F5.level()) {
            return REPAIRABLE;
        }
        return f <= FunctionalGrade.F7.level() ? FAULTY : SCRAP;
    }
}
