package org.retrogistics.disposition.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.DispositionRule;
import org.retrogistics.disposition.Exclusion;
import org.retrogistics.disposition.UnitFacts;
import org.retrogistics.disposition.Units;

/** Asks a rule about every option, for the tests of each hard rule. */
final class RuleAssertions {

    private RuleAssertions() {}

    /** A unit no rule has anything against (except eligibility, tested on its own). */
    static UnitFacts.Builder clean() {
        return Units.sealedLaptop();
    }

    static Set<DispositionOption> excluded(DispositionRule rule, UnitFacts facts) {
        EnumSet<DispositionOption> out = EnumSet.noneOf(DispositionOption.class);
        for (DispositionOption o : DispositionOption.values()) {
            if (rule.evaluate(facts, o).isPresent()) {
                out.add(o);
            }
        }
        return out;
    }

    static Exclusion exclusion(DispositionRule rule, UnitFacts facts, DispositionOption option) {
        Optional<Exclusion> e = rule.evaluate(facts, option);
        assertThat(e).as("%s excludes %s", rule.name(), option).isPresent();
        assertThat(e.get().rule()).isEqualTo(rule.name());
        assertThat(e.get().reason()).isNotBlank();
        return e.get();
    }
}
