package org.retrogistics.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.retrogistics.shared.DomainException;

class ClientRuleTest {

    @Test
    void readsAndWritesTheTextualForm() {
        ClientRule rule = ClientRule.parse("  Never b2b-lot  brand=Acme category=\"Small Appliances\" ");

        assertThat(rule.option()).isEqualTo(DispositionOption.B2B_LOT);
        assertThat(rule.conditions())
                .containsExactly(
                        new ClientRule.Condition(ClientRule.Field.BRAND, "Acme"),
                        new ClientRule.Condition(ClientRule.Field.CATEGORY, "Small Appliances"));
        assertThat(rule.text()).isEqualTo("never B2B_LOT brand=Acme category=\"Small Appliances\"");
        assertThat(ClientRule.parse(rule.text())).isEqualTo(rule);
    }

    @Test
    void aRuleWithoutConditionsAppliesToEveryUnit() {
        ClientRule rule = ClientRule.parse("never DONATE");
        assertThat(rule.appliesTo(Units.sealedLaptop().build())).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "always B2B_LOT brand=Acme | starts with 'never'",
                "never | which option",
                "never SELL_ON_MOON | not a disposition option",
                "never B2B_LOT Acme | not a condition",
                "never B2B_LOT colour=red | unknown field 'colour'",
                "never B2B_LOT brand= | needs a value",
                "never B2B_LOT brand=\"Acme | quote is not closed"
            })
    void badTextIsRefusedWithAClearMessage(String text, String message) {
        assertThatThrownBy(() -> ClientRule.parse(text)).isInstanceOfSatisfying(InvalidClientRule.class, e -> {
            assertThat(e.code()).isEqualTo("invalid-client-rule");
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void aRuleSetNamesTheBadLine() {
        assertThatThrownBy(() -> ClientRuleSet.parse(Units.CLIENT, 1, "# ours\nnever DONATE\n\nnever RESELL brand=X"))
                .isInstanceOf(InvalidClientRule.class)
                .hasMessageStartingWith("line 4:");

        ClientRuleSet set = ClientRuleSet.parse(Units.CLIENT, 2, "# ours\nnever DONATE\n\nnever B2B_LOT brand=Acme");
        assertThat(set.rules()).hasSize(2);
        assertThat(ClientRuleSet.parse(Units.CLIENT, 2, set.text())).isEqualTo(set);
    }
}
