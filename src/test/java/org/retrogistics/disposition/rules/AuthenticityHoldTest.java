package org.retrogistics.disposition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retrogistics.disposition.DispositionOption.DESTROY;
import static org.retrogistics.disposition.DispositionOption.RESELL_AS_IS;
import static org.retrogistics.disposition.DispositionOption.RETURN_TO_VENDOR;
import static org.retrogistics.disposition.rules.RuleAssertions.clean;
import static org.retrogistics.disposition.rules.RuleAssertions.excluded;
import static org.retrogistics.disposition.rules.RuleAssertions.exclusion;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.retrogistics.disposition.Exclusion;
import org.retrogistics.disposition.UnitFacts;

/** The hard rule {@link AuthenticityHold}: what it excludes, with which code and reason, and that it allows otherwise. */
class AuthenticityHoldTest {

    private final AuthenticityHold rule = new AuthenticityHold();

    @Test
    void leavesOnlyDestructionOrTheVendor() {
        UnitFacts held = clean().authenticityHold(true).build();
        assertThat(excluded(rule, held)).isEqualTo(EnumSet.complementOf(EnumSet.of(DESTROY, RETURN_TO_VENDOR)));
        Exclusion e = exclusion(rule, held, RESELL_AS_IS);
        assertThat(e.code()).isEqualTo("authenticity-hold");
        assertThat(e.safety()).isTrue();
    }

    @Test
    void allowsEverythingWithoutAHold() {
        assertThat(excluded(rule, clean().build())).isEmpty();
    }
}
