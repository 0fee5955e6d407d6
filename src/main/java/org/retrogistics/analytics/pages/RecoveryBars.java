package org.retrogistics.analytics.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.retrogistics.analytics.Expectation;
import org.retrogistics.analytics.LedgerEntry;
import org.retrogistics.analytics.OptionComparison;
import org.retrogistics.analytics.RecoveryTotals;
import org.retrogistics.shared.RecoveryFacts.Side;

/**
 * Horizontal bars drawn as inline SVG on the recovery pages: one row per step, each bar spanning from one amount to
 * another on a common scale, with a zero line. A unit's ledger is a waterfall (recoveries up, costs down, then the net
 * and the expectation); the summary draws expected against actual per option.
 */
public record RecoveryBars(String currency, int width, int height, double zeroX, List<Bar> bars) {

    static final int LABEL = 250;
    static final int AREA = 380;
    static final int ROW = 26;
    static final int TOP = 8;

    /** One bar; {@code style} is recovery, cost, net, expected or actual (a CSS class and a fill). */
    public record Bar(String label, String amount, double x, double y, double width, String style) {

        public double labelX() {
            return x + width + 6;
        }

        public String fill() {
            return switch (style) {
                case "recovery" -> "#15803d";
                case "cost" -> "#b91c1c";
                case "net" -> "#0f766e";
                case "expected" -> "#94a3b8";
                default -> "#334155";
            };
        }
    }

    /** A step from one amount to another. */
    record Step(String label, BigDecimal from, BigDecimal to, String style) {}

    static RecoveryBars of(String currency, List<Step> steps) {
        BigDecimal min = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (Step s : steps) {
            min = min.min(s.from()).min(s.to());
            max = max.max(s.from()).max(s.to());
        }
        BigDecimal span = max.subtract(min);
        if (span.signum() == 0) {
            span = BigDecimal.ONE;
        }
        double zero = LABEL + scale(min.negate(), span);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            BigDecimal lo = s.from().min(s.to());
            BigDecimal amount = s.to().subtract(s.from());
            bars.add(new Bar(
                    s.label(),
                    amount.toPlainString(),
                    LABEL + scale(lo.subtract(min), span),
                    TOP + i * ROW,
                    Math.max(1, scale(amount.abs(), span)),
                    s.style()));
        }
        return new RecoveryBars(
                currency, LABEL + AREA + 110, TOP * 2 + Math.max(1, steps.size()) * ROW, zero, List.copyOf(bars));
    }

    private static double scale(BigDecimal amount, BigDecimal span) {
        return AREA * amount.divide(span, 6, RoundingMode.HALF_EVEN).doubleValue();
    }

    /**
     * A unit's waterfall per currency: each kind of recovery raises the running total, each kind of cost lowers it;
     * then the net from zero, and the expectation in force where it is in that currency.
     */
    static List<RecoveryBars> waterfall(List<LedgerEntry> entries, List<RecoveryTotals> totals, Expectation expected) {
        List<RecoveryBars> charts = new ArrayList<>();
        for (RecoveryTotals t : totals) {
            Currency cur = t.currency();
            Map<String, BigDecimal> recoveries = new LinkedHashMap<>();
            Map<String, BigDecimal> costs = new LinkedHashMap<>();
            entries.stream()
                    .filter(e -> e.amount().currency().equals(cur))
                    .sorted(Comparator.comparing(e -> e.kind().ordinal()))
                    .forEach(e -> (e.side() == Side.RECOVERY ? recoveries : costs)
                            .merge(e.kind().name(), e.amount().amount(), BigDecimal::add));
            List<Step> steps = new ArrayList<>();
            BigDecimal running = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> r : recoveries.entrySet()) {
                steps.add(new Step(r.getKey(), running, running.add(r.getValue()), "recovery"));
                running = running.add(r.getValue());
            }
            for (Map.Entry<String, BigDecimal> c : costs.entrySet()) {
                steps.add(new Step(c.getKey(), running, running.subtract(c.getValue()), "cost"));
                running = running.subtract(c.getValue());
            }
            steps.add(new Step("NET", BigDecimal.ZERO, t.net().amount(), "net"));
            if (expected != null && expected.expectedNet().currency().equals(cur)) {
                // what the expectation is compared with: the net without the return's refund
                BigDecimal comparable = entries.stream()
                        .filter(e -> e.amount().currency().equals(cur))
                        .filter(e -> e.kind().comparableWithExpectation())
                        .map(e -> e.signed().amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (comparable.compareTo(t.net().amount()) != 0) {
                    steps.add(new Step("NET WITHOUT REFUND", BigDecimal.ZERO, comparable, "net"));
                }
                steps.add(new Step(
                        "EXPECTED", BigDecimal.ZERO, expected.expectedNet().amount(), "expected"));
            }
            charts.add(of(cur.getCurrencyCode(), steps));
        }
        return charts;
    }

    /** Expected against actual per option, one chart per currency. */
    static List<RecoveryBars> expectedAgainstActual(List<OptionComparison> rows) {
        Map<String, List<Step>> byCurrency = new LinkedHashMap<>();
        for (OptionComparison r : rows) {
            if (r.units() == 0) {
                continue;
            }
            List<Step> steps = byCurrency.computeIfAbsent(r.currency().getCurrencyCode(), k -> new ArrayList<>());
            steps.add(new Step(
                    r.option() + " expected", BigDecimal.ZERO, r.expected().amount(), "expected"));
            steps.add(
                    new Step(r.option() + " actual", BigDecimal.ZERO, r.actual().amount(), "actual"));
        }
        List<RecoveryBars> charts = new ArrayList<>();
        byCurrency.forEach((cur, steps) -> charts.add(of(cur, steps)));
        return charts;
    }
}
