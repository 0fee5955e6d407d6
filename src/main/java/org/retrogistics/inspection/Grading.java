package org.retrogistics.inspection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.FunctionalGrade;

/**
 * Turns a checklist's answers into grades: every failed item caps the functional grade at its fail grade (the worst
 * cap wins, F0 when nothing fails), and the worst cosmetic answer is the cosmetic grade. Missing required answers and
 * answers of the wrong form are refused as a whole, so an inspection is never half-recorded.
 */
public final class Grading {

    /** The grades and the findings a person reads to see why. */
    public record Result(FunctionalGrade functional, CosmeticGrade cosmetic, List<String> findings) {}

    private Grading() {}

    public static Result grade(ChecklistDefinition checklist, Map<String, String> answers, CosmeticGrade declared) {
        List<String> missing = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        FunctionalGrade functional = FunctionalGrade.F0;
        CosmeticGrade cosmetic = null;
        for (String key : answers.keySet()) {
            if (checklist.items().stream().noneMatch(i -> i.key().equals(key))) {
                malformed.add(key + ": not on checklist '" + checklist.name() + "'");
            }
        }
        for (ChecklistItem item : checklist.items()) {
            String raw = answers.get(item.key());
            String answer = raw == null || raw.isBlank() ? null : raw.strip();
            if (answer == null) {
                if (item.required()) {
                    missing.add(item.key());
                }
                continue;
            }
            FunctionalGrade cap =
                    switch (item.kind()) {
                        case YES_NO -> yesNo(item, answer, findings, malformed);
                        case PASS_FAIL -> passFail(item, answer, findings, malformed);
                        case MEASURED -> measured(item, answer, findings, malformed);
                        case COSMETIC -> {
                            cosmetic = worse(cosmetic, cosmetic(item, answer, findings, malformed));
                            yield null;
                        }
                            // a reference to the stored image; nothing to grade
                        case PHOTO -> null;
                    };
            if (cap != null && cap.compareTo(functional) > 0) {
                functional = cap;
            }
        }
        if (!missing.isEmpty() || !malformed.isEmpty()) {
            throw new IncompleteInspection(missing, malformed);
        }
        if (cosmetic == null) {
            if (declared == null) {
                throw new IncompleteInspection(List.of("cosmeticGrade"), List.of());
            }
            cosmetic = declared;
        }
        return new Result(functional, cosmetic, List.copyOf(findings));
    }

    /** A yes/no answer other than the expected one caps the functional grade. */
    private static FunctionalGrade yesNo(
            ChecklistItem item, String answer, List<String> findings, List<String> malformed) {
        Boolean yes = yesNo(answer);
        if (yes == null) {
            malformed.add(item.key() + ": answer yes or no, not '" + answer + "'");
        } else if (!yes.equals(item.expected())) {
            findings.add(item.text() + ": " + (yes ? "yes" : "no"));
            return item.failGrade();
        }
        return null;
    }

    /** A failed test caps the functional grade. */
    private static FunctionalGrade passFail(
            ChecklistItem item, String answer, List<String> findings, List<String> malformed) {
        String a = answer.toLowerCase(Locale.ROOT);
        if (a.equals("fail")) {
            findings.add(item.text() + ": failed");
            return item.failGrade();
        } else if (!a.equals("pass")) {
            malformed.add(item.key() + ": answer pass or fail, not '" + answer + "'");
        }
        return null;
    }

    /** A measurement outside the item's limits caps the functional grade. */
    private static FunctionalGrade measured(
            ChecklistItem item, String answer, List<String> findings, List<String> malformed) {
        BigDecimal value = number(answer);
        if (value == null) {
            malformed.add(item.key() + ": a number is needed, not '" + answer + "'");
        } else if ((item.min() != null && value.compareTo(item.min()) < 0)
                || (item.max() != null && value.compareTo(item.max()) > 0)) {
            findings.add(item.text() + " " + value.toPlainString() + (item.unit() == null ? "" : item.unit())
                    + " outside " + limits(item));
            return item.failGrade();
        }
        return null;
    }

    /** The cosmetic grade answered (null if malformed); worse than B is a finding. */
    private static CosmeticGrade cosmetic(
            ChecklistItem item, String answer, List<String> findings, List<String> malformed) {
        try {
            CosmeticGrade g = CosmeticGrade.parse(answer);
            if (g.compareTo(CosmeticGrade.B) > 0) {
                findings.add(item.text() + ": cosmetic " + g);
            }
            return g;
        } catch (DomainException e) {
            malformed.add(item.key() + ": " + e.getMessage());
            return null;
        }
    }

    /** The worse of two cosmetic grades; either may be missing. */
    private static CosmeticGrade worse(CosmeticGrade a, CosmeticGrade b) {
        if (a == null) {
            return b;
        }
        return b == null || b.compareTo(a) <= 0 ? a : b;
    }

    private static String limits(ChecklistItem item) {
        String unit = item.unit() == null ? "" : item.unit();
        if (item.min() != null && item.max() != null) {
            return item.min().toPlainString() + "–" + item.max().toPlainString() + unit;
        }
        return item.min() != null
                ? "≥ " + item.min().toPlainString() + unit
                : "≤ " + item.max().toPlainString() + unit;
    }

    private static Boolean yesNo(String a) {
        return switch (a.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> true;
            case "no", "n", "false" -> false;
            default -> null;
        };
    }

    private static BigDecimal number(String a) {
        try {
            return new BigDecimal(a);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Answers missing or of the wrong form: nothing is recorded. */
    public static class IncompleteInspection extends DomainException {
        IncompleteInspection(List<String> missing, List<String> malformed) {
            super(
                    Kind.INVALID,
                    "incomplete-inspection",
                    (missing.isEmpty() ? "" : "answers missing for " + String.join(", ", missing))
                            + (missing.isEmpty() || malformed.isEmpty() ? "" : "; ")
                            + (malformed.isEmpty() ? "" : "answers not usable: " + String.join("; ", malformed)));
        }
    }
}
