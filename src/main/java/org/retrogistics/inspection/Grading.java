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
            FunctionalGrade cap = null;
            switch (item.kind()) {
                case YES_NO -> {
                    Boolean yes = yesNo(answer);
                    if (yes == null) {
                        malformed.add(item.key() + ": answer yes or no, not '" + answer + "'");
                    } else if (!yes.equals(item.expected())) {
                        cap = item.failGrade();
                        findings.add(item.text() + ": " + (yes ? "yes" : "no"));
                    }
                }
                case PASS_FAIL -> {
                    String a = answer.toLowerCase(Locale.ROOT);
                    if (a.equals("fail")) {
                        cap = item.failGrade();
                        findings.add(item.text() + ": failed");
                    } else if (!a.equals("pass")) {
                        malformed.add(item.key() + ": answer pass or fail, not '" + answer + "'");
                    }
                }
                case MEASURED -> {
                    BigDecimal value = number(answer);
                    if (value == null) {
                        malformed.add(item.key() + ": a number is needed, not '" + answer + "'");
                    } else if ((item.min() != null && value.compareTo(item.min()) < 0)
                            || (item.max() != null && value.compareTo(item.max()) > 0)) {
                        cap = item.failGrade();
                        findings.add(item.text() + " " + value.toPlainString()
                                + (item.unit() == null ? "" : item.unit()) + " outside " + limits(item));
                    }
                }
                case COSMETIC -> {
                    try {
                        CosmeticGrade g = CosmeticGrade.parse(answer);
                        if (cosmetic == null || g.compareTo(cosmetic) > 0) {
                            cosmetic = g;
                        }
                        if (g.compareTo(CosmeticGrade.B) > 0) {
                            findings.add(item.text() + ": cosmetic " + g);
                        }
                    } catch (DomainException e) {
                        malformed.add(item.key() + ": " + e.getMessage());
                    }
                }
                case PHOTO -> {
                    // a reference to the stored image; nothing to grade
                }
            }
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
