package org.retrogistics.disposition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retrogistics.disposition.DispositionOption.B2B_LOT;
import static org.retrogistics.disposition.DispositionOption.DONATE;
import static org.retrogistics.disposition.DispositionOption.PARTS_HARVEST;
import static org.retrogistics.disposition.DispositionOption.REFURBISH_AND_RESELL;
import static org.retrogistics.disposition.DispositionOption.RESELL_AS_IS;
import static org.retrogistics.disposition.DispositionOption.RETURN_TO_STOCK;
import static org.retrogistics.disposition.rules.RuleAssertions.clean;
import static org.retrogistics.disposition.rules.RuleAssertions.excluded;
import static org.retrogistics.disposition.rules.RuleAssertions.exclusion;

import org.junit.jupiter.api.Test;
import org.retrogistics.disposition.Exclusion;
import org.retrogistics.disposition.UnitFacts;

/** The hard rule {@link RecalledNeverResold}: what it excludes, with which code and reason, and that it allows otherwise. */
class RecalledNeverResoldTest {

    private final RecalledNeverResold rule = new RecalledNeverResold();

    @Test
    void excludesResaleDonationAndPartsOfARecalledUnit() {
        UnitFacts recalled = clean().recalled(true).build();
        assertThat(excluded(rule, recalled))
                .containsExactlyInAnyOrder(
                        RETURN_TO_STOCK, REFURBISH_AND_RESELL, RESELL_AS_IS, B2B_LOT, DONATE, PARTS_HARVEST);
        Exclusion e = exclusion(rule, recalled, RESELL_AS_IS);
        assertThat(e.code()).isEqualTo("recalled-not-resold");
        assertThat(e.reason()).contains("recall").contains("never resold");
        assertThat(e.safety()).isTrue();
    }

    @Test
    void allowsEverythingWhenNotRecalled() {
        assertThat(excluded(rule, clean().build())).isEmpty();
    }
}
