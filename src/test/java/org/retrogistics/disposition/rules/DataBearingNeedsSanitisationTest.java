package org.retrogistics.disposition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retrogistics.disposition.DispositionOption.B2B_LOT;
import static org.retrogistics.disposition.DispositionOption.DONATE;
import static org.retrogistics.disposition.DispositionOption.PARTS_HARVEST;
import static org.retrogistics.disposition.DispositionOption.REFURBISH_AND_RESELL;
import static org.retrogistics.disposition.DispositionOption.RESELL_AS_IS;
import static org.retrogistics.disposition.DispositionOption.RETURN_TO_STOCK;
import static org.retrogistics.disposition.DispositionOption.RETURN_TO_VENDOR;
import static org.retrogistics.disposition.rules.RuleAssertions.clean;
import static org.retrogistics.disposition.rules.RuleAssertions.excluded;
import static org.retrogistics.disposition.rules.RuleAssertions.exclusion;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.Exclusion;
import org.retrogistics.disposition.UnitFacts;

/** The hard rule {@link DataBearingNeedsSanitisation}: what it excludes, with which code and reason, and that it allows otherwise. */
class DataBearingNeedsSanitisationTest {

    private final DataBearingNeedsSanitisation rule = new DataBearingNeedsSanitisation();

    @Test
    void excludesReleaseAsItIsUntilSanitisationPasses() {
        UnitFacts data = clean().dataBearing(true).sanitisationPassed(false).build();
        assertThat(excluded(rule, data)).containsExactlyInAnyOrder(RETURN_TO_STOCK, RESELL_AS_IS, B2B_LOT);
        Exclusion e = exclusion(rule, data, B2B_LOT);
        assertThat(e.code()).isEqualTo("data-not-sanitised");
        assertThat(e.reason()).contains("personal data").contains("sanitisation");
        assertThat(e.safety()).isTrue();
    }

    @Test
    void optionsThatWipeInTheirPlanStayOpenAndCarryASanitiseWorkOrder() {
        UnitFacts data = clean().dataBearing(true).sanitisationPassed(false).build();
        for (DispositionOption o : List.of(REFURBISH_AND_RESELL, PARTS_HARVEST, DONATE, RETURN_TO_VENDOR)) {
            assertThat(rule.evaluate(data, o)).isEmpty();
            assertThat(o.requiredWork(data)).contains(org.retrogistics.disposition.WorkKind.SANITISE);
        }
    }

    @Test
    void allowsEverythingOnceSanitisedOrWithoutData() {
        assertThat(excluded(
                        rule, clean().dataBearing(true).sanitisationPassed(true).build()))
                .isEmpty();
        assertThat(excluded(rule, clean().dataBearing(false).build())).isEmpty();
    }
}
