package org.retrogistics.disposition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;

/**
 * The disposition of one unit: every option considered with its value or its exclusions, the option the engine
 * recommends and why, and any manager's override. An immutable value; {@link #override} returns a new one.
 *
 * @param facts the inputs it was made from; with the table and rule-set versions, what {@link #inputsChanged} compares
 * @param options all options, in {@link DispositionOption} order
 * @param recommended the engine's choice: the allowed option of greatest expected net recovery
 * @param explanation one line on why it won
 * @param lastResort no option was allowed: {@code recommended} is the last resort and wants a manager's review
 * @param override the override in force, or null
 * @param overrideHistory every override made on this unit's decision, oldest first, including any no longer in force
 */
public record DispositionDecision(
        UnitFacts facts,
        String tableId,
        int tableVersion,
        int clientRulesVersion,
        List<OptionAssessment> options,
        DispositionOption recommended,
        String explanation,
        boolean lastResort,
        DispositionOverride override,
        List<DispositionOverride> overrideHistory) {

    public DispositionDecision {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(tableId, "tableId");
        Objects.requireNonNull(recommended, "recommended");
        Objects.requireNonNull(explanation, "explanation");
        options = List.copyOf(options);
        overrideHistory = List.copyOf(overrideHistory);
        if (options.size() != DispositionOption.count()) {
            throw new IllegalArgumentException("a decision lists every option, got " + options.size());
        }
    }

    public ClientId clientId() {
        return facts.clientId();
    }

    public UUID unitId() {
        return facts.unitId();
    }

    /** The option in force: the override's if there is one, else the engine's. */
    public DispositionOption option() {
        return override == null ? recommended : override.to();
    }

    public boolean overridden() {
        return override != null;
    }

    public Optional<DispositionOverride> currentOverride() {
        return Optional.ofNullable(override);
    }

    public OptionAssessment assessment(DispositionOption option) {
        return options.get(option.ordinal());
    }

    /** The chosen option's assessment (work, hazardous flag, value). */
    public OptionAssessment chosen() {
        return assessment(option());
    }

    public Money expectedNetRecovery() {
        return chosen().netRecovery();
    }

    public List<OptionAssessment> allowedOptions() {
        return options.stream().filter(OptionAssessment::allowed).toList();
    }

    /**
     * A manager chooses another option. The reason is required ({@link OverrideReasonRequired}); an option a safety
     * rule excludes (recall, data, battery, authenticity) cannot be chosen ({@link OptionExcluded}, with the rule's
     * reason); other exclusions (warranty, lock, eligibility, client rules) are set aside and recorded.
     */
    public DispositionDecision override(DispositionOption option, String reason, String by, Instant at) {
        Objects.requireNonNull(option, "option");
        if (reason == null || reason.isBlank()) {
            throw new OverrideReasonRequired();
        }
        OptionAssessment target = assessment(option);
        if (target.excludedForSafety()) {
            throw new OptionExcluded(option, target.safetyExclusions());
        }
        DispositionOverride o = new DispositionOverride(option(), option, reason, by, at, target.exclusions());
        List<DispositionOverride> history = new ArrayList<>(overrideHistory);
        history.add(o);
        return new DispositionDecision(
                facts,
                tableId,
                tableVersion,
                clientRulesVersion,
                options,
                recommended,
                explanation,
                lastResort,
                o,
                history);
    }

    /** Whether these inputs differ from the ones this decision was made with (new grade, new table, new rules). */
    public boolean inputsChanged(UnitFacts current, RecoveryTable table, ClientRuleSet rules) {
        return !facts.equals(current)
                || !tableId.equals(table.id())
                || tableVersion != table.version()
                || clientRulesVersion != rules.version();
    }
}
