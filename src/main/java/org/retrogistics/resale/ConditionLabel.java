package org.retrogistics.resale;

import org.retrogistics.disposition.GradeBand;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;

/**
 * The condition a buyer reads on a listing or manifest: the grade band in the words liquidation marketplaces use, with
 * the functional and cosmetic grade behind it, e.g. "Used - good (F2/B)".
 */
public final class ConditionLabel {

    private ConditionLabel() {}

    public static String of(FunctionalGrade functional, CosmeticGrade cosmetic) {
        return words(GradeBand.of(functional, cosmetic)) + " (" + functional.name() + "/" + cosmetic.name() + ")";
    }

    public static String words(GradeBand band) {
        return switch (band) {
            case LIKE_NEW -> "Like new";
            case GOOD -> "Used - good";
            case WORN -> "Used - fair";
            case REPAIRABLE -> "Salvage - repairable";
            case FAULTY -> "Salvage - not working";
            case SCRAP -> "For parts";
        };
    }
}
