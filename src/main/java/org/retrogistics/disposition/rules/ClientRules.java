package org.retrogistics.disposition.rules;

import java.util.List;
import java.util.Optional;
import org.retrogistics.disposition.ClientRule;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.DispositionRule;
import org.retrogistics.disposition.Exclusion;
import org.retrogistics.disposition.UnitFacts;

/**
 * A client's own rules ("never liquidate brand X"). Not a safety rule: a manager may override one with a reason, as the
 * client's contract, not a law, stands behind it.
 */
public final class ClientRules implements DispositionRule {

    public static final String CODE = "client-rule";

    private final List<ClientRule> rules;
    private final Exclusion[] exclusions;

    public ClientRules(List<ClientRule> rules) {
        this.rules = List.copyOf(rules);
        this.exclusions = this.rules.stream()
                .map(r -> new Exclusion(CODE, name(), "the client's rule '" + r.text() + "'", false))
                .toArray(Exclusion[]::new);
    }

    @Override
    public String name() {
        return "ClientRules";
    }

    @Override
    public Optional<Exclusion> evaluate(UnitFacts facts, DispositionOption option) {
        for (int i = 0; i < exclusions.length; i++) {
            ClientRule rule = rules.get(i);
            if (rule.option() == option && rule.appliesTo(facts)) {
                return Optional.of(exclusions[i]);
            }
        }
        return Optional.empty();
    }
}
