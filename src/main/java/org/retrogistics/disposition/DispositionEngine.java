package org.retrogistics.disposition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.retrogistics.disposition.rules.AuthenticityHold;
import org.retrogistics.disposition.rules.ChannelEligibility;
import org.retrogistics.disposition.rules.DamagedBatteryHazardousHandling;
import org.retrogistics.disposition.rules.DataBearingNeedsSanitisation;
import org.retrogistics.disposition.rules.LockedNotSellableAsWorking;
import org.retrogistics.disposition.rules.RecalledNeverResold;
import org.retrogistics.disposition.rules.WarrantyRepairGoesBack;

/**
 * Decides a unit's disposition: the hard rules first, each saying per option allow or why not; then the recovery
 * model values every option; the allowed option of greatest expected net recovery wins. A tie goes to the option
 * declared first in {@link DispositionOption} (the waste-hierarchy order: reuse before recycling before disposal). When
 * no option is allowed, the first of recycle, destroy, dispose that no safety rule excludes is the last resort, and
 * the decision says a manager should review it: there is always a decision.
 *
 * <p>Pure and stateless (no clock, no I/O), so one instance serves every thread.
 */
public final class DispositionEngine {

    private static final DispositionOption[] OPTIONS = DispositionOption.values();
    private static final DispositionOption[] LAST_RESORTS = {
        DispositionOption.RECYCLE, DispositionOption.DESTROY, DispositionOption.DISPOSE
    };

    private static final Exclusion DATA_NOT_RELEASED = new Exclusion(
            DataBearingNeedsSanitisation.CODE,
            "DataBearingNeedsSanitisation",
            "the unit can hold personal data and no sanitisation record has passed: it cannot leave custody yet",
            true);

    private final DispositionRule[] rules;

    /** The engine with the built-in hard rules, safety rules first. */
    public DispositionEngine() {
        this(List.of(
                new RecalledNeverResold(),
                new DataBearingNeedsSanitisation(),
                new DamagedBatteryHazardousHandling(),
                new AuthenticityHold(),
                new WarrantyRepairGoesBack(),
                new LockedNotSellableAsWorking(),
                new ChannelEligibility()));
    }

    /** The engine with these rules (a client's rules are added per decision). */
    public DispositionEngine(List<DispositionRule> rules) {
        this.rules = rules.toArray(DispositionRule[]::new);
    }

    /** The rules this engine runs before a client's own, in order. */
    public List<DispositionRule> rules() {
        return List.of(rules);
    }

    public DispositionDecision decide(UnitFacts facts, RecoveryTable table, ClientRuleSet clientRules) {
        requireMatching(facts, table, clientRules);
        PricedEntry[] rows = table.resolve(facts.clientId(), facts.category(), facts.gradeBand());
        DispositionRule clientRule = clientRules.asRule();
        boolean hazardous = facts.batteryState().hazardous();

        OptionAssessment[] assessed = new OptionAssessment[OPTIONS.length];
        OptionAssessment best = null;
        OptionAssessment runnerUp = null;
        int excluded = 0;
        for (DispositionOption option : OPTIONS) {
            List<Exclusion> exclusions = exclusions(facts, option, clientRule);
            boolean sanitise = option.needsSanitising(facts);
            RecoveryBreakdown value =
                    RecoveryBreakdown.of(rows[option.ordinal()], facts.productValue(), facts.weightGrams(), sanitise);
            OptionAssessment a = new OptionAssessment(option, value, exclusions, option.requiredWork(facts), hazardous);
            assessed[option.ordinal()] = a;
            if (!exclusions.isEmpty()) {
                excluded++;
            } else if (best == null || a.netRecovery().compareTo(best.netRecovery()) > 0) {
                runnerUp = best;
                best = a;
            } else if (runnerUp == null || a.netRecovery().compareTo(runnerUp.netRecovery()) > 0) {
                runnerUp = a;
            }
        }

        List<OptionAssessment> options = List.of(assessed);
        int tableVersion = table.version();
        if (best != null) {
            return new DispositionDecision(
                    facts,
                    table.id(),
                    tableVersion,
                    clientRules.version(),
                    options,
                    best.option(),
                    explain(best, runnerUp, excluded),
                    false,
                    null,
                    List.of());
        }
        OptionAssessment resort = lastResort(assessed);
        return new DispositionDecision(
                facts,
                table.id(),
                tableVersion,
                clientRules.version(),
                options,
                resort.option(),
                "No option is allowed by the rules; " + resort.option() + " as the last resort (expected net "
                        + resort.netRecovery() + "): a manager should review it",
                true,
                null,
                List.of());
    }

    /** The table must be in the unit's currency and the rules must be its client's. */
    private static void requireMatching(UnitFacts facts, RecoveryTable table, ClientRuleSet clientRules) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(clientRules, "clientRules");
        if (!facts.productValue().currency().equals(table.currency())) {
            throw new InvalidRecoveryTable(
                    "recovery-table-currency",
                    "unit " + facts.unitId() + " is valued in "
                            + facts.productValue().currency() + " but recovery table " + table.id() + " is in "
                            + table.currency());
        }
        if (!clientRules.client().equals(facts.clientId())) {
            throw new IllegalArgumentException(
                    "client rules of " + clientRules.client() + " given for a unit of " + facts.clientId());
        }
    }

    /**
     * Decides again from changed inputs (a new grade, a new table or rule-set version). An override in force is kept
     * when its option is still open to an override (no safety rule excludes it now); otherwise it is dropped, stays in
     * the history and the explanation says so.
     */
    public DispositionDecision reevaluate(
            DispositionDecision previous, UnitFacts facts, RecoveryTable table, ClientRuleSet clientRules) {
        DispositionDecision next = decide(facts, table, clientRules);
        DispositionOverride o = previous.override();
        if (o == null) {
            return previous.overrideHistory().isEmpty() ? next : withHistory(next, null, previous, "");
        }
        OptionAssessment target = next.assessment(o.to());
        if (target.excludedForSafety()) {
            return withHistory(
                    next,
                    null,
                    previous,
                    "; the override to " + o.to() + " by " + o.by() + " was dropped: "
                            + target.safetyExclusions().get(0).reason());
        }
        DispositionOverride kept =
                new DispositionOverride(next.recommended(), o.to(), o.reason(), o.by(), o.at(), target.exclusions());
        return withHistory(next, kept, previous, "");
    }

    /**
     * Checks that an option is open to this unit under the built-in rules, e.g. before a disposition chosen by hand is
     * recorded: a recalled unit to a resale channel fails with {@link OptionExcluded} ("option-excluded").
     */
    public void check(UnitFacts facts, DispositionOption option) {
        List<Exclusion> exclusions = exclusions(facts, option, null);
        if (!exclusions.isEmpty()) {
            throw new OptionExcluded(option, exclusions);
        }
    }

    /** As {@link #check(UnitFacts, DispositionOption)}, with the client's own rules too. */
    public void check(UnitFacts facts, DispositionOption option, ClientRuleSet clientRules) {
        List<Exclusion> exclusions = exclusions(facts, option, clientRules.asRule());
        if (!exclusions.isEmpty()) {
            throw new OptionExcluded(option, exclusions);
        }
    }

    /**
     * The gate at the moment a unit leaves by its disposition (shipped to a buyer, the vendor or a charity): a
     * data-bearing unit whose sanitisation has not passed may not leave to a third party, even by an option whose plan
     * includes the wipe. The built-in rules are checked again too, as facts may have changed since the decision.
     */
    public void checkRelease(UnitFacts facts, DispositionOption option) {
        List<Exclusion> exclusions = new ArrayList<>(exclusions(facts, option, null));
        if (facts.dataOutstanding()
                && (option.resale() || option.releasesToThirdParty())
                && exclusions.stream().noneMatch(e -> e.code().equals(DataBearingNeedsSanitisation.CODE))) {
            exclusions.add(DATA_NOT_RELEASED);
        }
        if (!exclusions.isEmpty()) {
            throw new OptionExcluded(option, exclusions);
        }
    }

    private List<Exclusion> exclusions(UnitFacts facts, DispositionOption option, DispositionRule clientRule) {
        List<Exclusion> found = null;
        for (DispositionRule rule : rules) {
            found = add(found, rule.evaluate(facts, option));
        }
        if (clientRule != null) {
            found = add(found, clientRule.evaluate(facts, option));
        }
        return found == null ? List.of() : List.copyOf(found);
    }

    private static List<Exclusion> add(List<Exclusion> found, Optional<Exclusion> verdict) {
        if (verdict.isEmpty()) {
            return found;
        }
        List<Exclusion> list = found == null ? new ArrayList<>(2) : found;
        list.add(verdict.get());
        return list;
    }

    private static OptionAssessment lastResort(OptionAssessment[] assessed) {
        for (DispositionOption option : LAST_RESORTS) {
            if (!assessed[option.ordinal()].excludedForSafety()) {
                return assessed[option.ordinal()];
            }
        }
        // Only custom safety rules can close all three; certified destruction is still the safest way out.
        return assessed[DispositionOption.DESTROY.ordinal()];
    }

    private static String explain(OptionAssessment best, OptionAssessment runnerUp, int excluded) {
        StringBuilder s = new StringBuilder(160).append(best.option());
        if (runnerUp == null) {
            s.append(": the only option the rules allow, expected net ").append(best.netRecovery());
        } else {
            s.append(": greatest expected net recovery, ")
                    .append(best.netRecovery())
                    .append(", ")
                    .append(best.netRecovery().minus(runnerUp.netRecovery()))
                    .append(" above ")
                    .append(runnerUp.option())
                    .append(" (")
                    .append(runnerUp.netRecovery())
                    .append(')');
        }
        if (excluded > 0) {
            s.append("; ")
                    .append(excluded)
                    .append(" of ")
                    .append(OPTIONS.length)
                    .append(" options excluded by rules");
        }
        return s.toString();
    }

    private static DispositionDecision withHistory(
            DispositionDecision next, DispositionOverride override, DispositionDecision previous, String note) {
        return new DispositionDecision(
                next.facts(),
                next.tableId(),
                next.tableVersion(),
                next.clientRulesVersion(),
                next.options(),
                next.recommended(),
                next.explanation() + note,
                next.lastResort(),
                override,
                previous.overrideHistory());
    }
}
