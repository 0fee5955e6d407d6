package org.retrogistics.analytics;

import java.time.Instant;
import java.util.List;

/**
 * Net recovery summed by a grouping, one row per group and currency (never summed across currencies).
 *
 * @param byOption for {@code groupBy=option}: expected against actual per disposition option
 * @param byPeriod for {@code groupBy=client} (one group, the client) or {@code month} (one group per calendar month,
 *     UTC): costs, recoveries and net of the entries that occurred in the period
 */
public record RecoverySummary(
        GroupBy groupBy, Instant from, Instant to, List<OptionComparison> byOption, List<PeriodRow> byPeriod) {

    /** How a summary groups the ledger. */
    public enum GroupBy {
        OPTION,
        CLIENT,
        MONTH;

        public static GroupBy parse(String text) {
            for (GroupBy g : values()) {
                if (g.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return g;
                }
            }
            throw new InvalidRecoveryQuery("groupBy is one of option, client, month; not '" + text + "'");
        }
    }

    /** Which expectation a unit is compared with. */
    public enum Basis {
        /** the option in force now (the latest decision that changed it) */
        IN_FORCE,
        /** the first option decided: the one that set the unit on its path and opened its work */
        FIRST;

        public static Basis parse(String text) {
            if (text == null || text.isBlank()) {
                return IN_FORCE;
            }
            String t = text.strip().replace("-", "_");
            for (Basis b : values()) {
                if (b.name().equalsIgnoreCase(t) || b.name().replace("_", "").equalsIgnoreCase(t)) {
                    return b;
                }
            }
            throw new InvalidRecoveryQuery("basis is in-force or first; not '" + text + "'");
        }
    }

    /** Costs, recoveries and net of one group in one currency. */
    public record PeriodRow(String group, RecoveryTotals totals, long units) {}
}
