package org.retrogistics.disposition;

import java.util.Optional;

/**
 * A named hard rule: for one unit and one option, either allows it (empty) or excludes it with a reason. Rules run
 * before the value model and are pure; implementations return shared {@link Exclusion} instances where they can, as the
 * engine asks every rule about every option of every decision.
 */
public interface DispositionRule {

    /** The rule's name as people see it in a decision ("RecalledNeverResold"). */
    String name();

    Optional<Exclusion> evaluate(UnitFacts facts, DispositionOption option);
}
