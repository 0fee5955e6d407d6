package org.retrogistics.disposition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retrogistics.disposition.DispositionOption.B2B_LOT;
import static org.retrogistics.disposition.DispositionOption.DONATE;
import static org.retrogistics.disposition.rules.RuleAssertions.clean;
import static org.retrogistics.disposition.rules.RuleAssertions.excluded;
import static org.retrogistics.disposition.rules.RuleAssertions.exclusion;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retrogistics.disposition.ClientRule;
import org.retrogistics.disposition.Exclusion;
import org.retrogistics.disposition.UnitFacts;

/** The hard rule {@link ClientRules}: what it excludes, with which code and reason, and that it allows otherwise. */
class ClientRulesTest {

    @Test
    void excludesTheNamedOptionWhenAllConditionsHold() {
        ClientRules rule = new ClientRules(List.of(
                ClientRule.parse("never B2B_LOT brand=Acme"),
                ClientRule.parse("never DONATE category=laptops sku=LT-14")));

        UnitFacts acme = clean().brand("acme").build();
        assertThat(excluded(rule, acme)).containsExactlyInAnyOrder(B2B_LOT, DONATE);
        Exclusion e = exclusion(rule, acme, B2B_LOT);
        assertThat(e.code()).isEqualTo("client-rule");
        assertThat(e.reason()).contains("'never B2B_LOT brand=Acme'");
        assertThat(e.safety()).isFalse();

        assertThat(excluded(rule, clean().sku("LT-15").build())).isEmpty();
    }
}
