package org.retrogistics.disposition;

import java.util.Objects;

/**
 * Why a rule excludes an option for a unit.
 *
 * @param code stable, for machines and translations ("recalled-not-resold")
 * @param rule the name of the rule that excluded it
 * @param reason for a person
 * @param safety a safety rule (recall, data, battery, authenticity): no override can choose the option; the other
 *     exclusions (warranty, lock, eligibility, client rules) a manager may override with a reason
 */
public record Exclusion(String code, String rule, String reason, boolean safety) {

    public Exclusion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }
}
