package org.retrogistics.disposition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retrogistics.disposition.DispositionOption.DONATE;
import static org.retrogistics.disposition.DispositionOption.REFURBISH_AND_RESELL;
import static org.retrogistics.disposition.DispositionOption.RESELL_AS_IS;
import static org.retrogistics.disposition.DispositionOption.RETURN_TO_STOCK;
import static org.retrogistics.disposition.rules.RuleAssertions.clean;
import static org.retrogistics.disposition.rules.RuleAssertions.excluded;
import static org.retrogistics.disposition.rules.RuleAssertions.exclusion;

import org.junit.jupiter.api.Test;
import org.retrogistics.disposition.Exclusion;
import org.retrogistics.disposition.UnitFacts;

/** The hard rule {@link LockedNotSellableAsWorking}: what it excludes, with which code and reason, and that it allows otherwise. */
class LockedNotSellableAsWorkingTest {

    private final LockedNotSellableAsWorking rule = new LockedNotSellableAsWorking();

    @Test
    void excludesSellingOrGivingAwayAsWorking() {
        UnitFacts locked = clean().locked(true).build();
        assertThat(excluded(rule, locked))
                .containsExactlyInAnyOrder(RETURN_TO_STOCK, REFURBISH_AND_RESELL, RESELL_AS_IS, DONATE);
        Exclusion e = exclusion(rule, locked, REFURBISH_AND_RESELL);
        assertThat(e.code()).isEqualTo("locked-not-sellable");
        assertThat(e.reason()).contains("lock");
        assertThat(e.safety()).isFalse();
    }

    @Test
    void allowsEverythingWhenUnlocked() {
        assertThat(excluded(rule, clean().build())).isEmpty();
    }
}
