package org.retrogistics.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;

/** The answers of a checklist give the grades; what cannot be graded is refused as a whole. */
class GradingTest {

    private final ChecklistDefinition functional = DefaultChecklists.forPath("FUNCTIONAL_TEST");

    private static Map<String, String> allPassing() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("powers-on", "pass");
        a.put("screen", "pass");
        a.put("buttons-ports", "pass");
        a.put("battery-health", "92");
        a.put("liquid-damage", "no");
        a.put("housing", "A");
        a.put("display-glass", "A");
        return a;
    }

    @Test
    void nothingFailedIsF0AndTheWorstCosmeticAnswerIsTheCosmeticGrade() {
        Map<String, String> a = allPassing();
        a.put("display-glass", "C");
        Grading.Result r = Grading.grade(functional, a, null);
        assertThat(r.functional()).isEqualTo(FunctionalGrade.F0);
        assertThat(r.cosmetic()).isEqualTo(CosmeticGrade.C);
        assertThat(r.findings()).containsExactly("Display glass: cosmetic C");
    }

    @Test
    void theWorstFailureCapsTheFunctionalGrade() {
        Map<String, String> a = allPassing();
        a.put("battery-health", "71");
        a.put("screen", "fail");
        a.put("liquid-damage", "yes");
        Grading.Result r = Grading.grade(functional, a, null);
        assertThat(r.functional()).isEqualTo(FunctionalGrade.F7);
        assertThat(r.findings())
                .anySatisfy(f -> assertThat(f).contains("Battery health 71% outside 80–100%"))
                .anySatisfy(f -> assertThat(f).contains("Liquid damage"));
    }

    @Test
    void missingAndMalformedAnswersAreNamedAndNothingIsGraded() {
        Map<String, String> a = allPassing();
        a.remove("screen");
        a.put("battery-health", "lots");
        a.put("housing", "E");
        a.put("unknown", "x");
        assertThatThrownBy(() -> Grading.grade(functional, a, null))
                .isInstanceOf(Grading.IncompleteInspection.class)
                .hasMessageContaining("answers missing for screen")
                .hasMessageContaining("battery-health: a number is needed")
                .hasMessageContaining("A (best) to D")
                .hasMessageContaining("unknown: not on checklist");
    }

    @Test
    void aChecklistWithoutCosmeticItemsTakesTheDeclaredGrade() {
        ChecklistDefinition noCosmetic = new ChecklistDefinition(
                null,
                "*",
                "FUNCTIONAL_TEST",
                1,
                "x",
                java.util.List.of(ChecklistItem.test("works", "Works", FunctionalGrade.F3)));
        assertThatThrownBy(() -> Grading.grade(noCosmetic, Map.of("works", "pass"), null))
                .hasMessageContaining("cosmeticGrade");
        assertThat(Grading.grade(noCosmetic, Map.of("works", "fail"), CosmeticGrade.B))
                .isEqualTo(new Grading.Result(FunctionalGrade.F3, CosmeticGrade.B, java.util.List.of("Works: failed")));
    }

    @Test
    void aSerialMismatchCounterfeitSignsOrASwapHoldTheUnit() {
        assertThat(AuthenticityCheck.reasonsToHold("SN1", "sn1", false, Map.of()))
                .isEmpty();
        assertThat(AuthenticityCheck.reasonsToHold(null, "SN9", false, Map.of()))
                .isEmpty();
        assertThat(AuthenticityCheck.reasonsToHold("SN1", "SN2", true, Map.of("matches-sku", "no")))
                .containsExactly(
                        "serial SN2 does not match SN1 on record",
                        "signs of a counterfeit",
                        "not the item announced: possible swap");
    }

    @Test
    void checklistsAreCheckedWhenWritten() {
        assertThatThrownBy(() -> ChecklistItem.measured("v", "Voltage", "5", "3", "V", FunctionalGrade.F2))
                .hasMessageContaining("above max");
        assertThatThrownBy(() -> new ChecklistDefinition(
                        null,
                        "*",
                        "X",
                        1,
                        "dup",
                        java.util.List.of(ChecklistItem.cosmetic("a", "A"), ChecklistItem.cosmetic("a", "again"))))
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> DefaultChecklists.forPath("NOPE")).hasMessageContaining("no inspection path");
    }
}
