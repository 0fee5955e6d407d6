package org.retrogistics.web.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.retrogistics.disposition.DispositionDecision;
import org.retrogistics.disposition.OptionAssessment;

/**
 * The geometry of the disposition page's bar chart, drawn as inline SVG: one bar per allowed option, its length the
 * expected net recovery, measured from a zero line so that a loss points left of it.
 */
public record RecoveryChart(int width, int height, double zeroX, List<Bar> bars) {

    static final int LABEL = 200;
    static final int AREA = 380;
    static final int ROW = 28;
    static final int TOP = 8;

    /** One bar: where it is drawn, and whether it is the option in force. */
    public record Bar(String option, String net, double x, double y, double width, boolean chosen, boolean loss) {

        /** Where the amount is written: just past the bar's right end (a loss ends at the zero line). */
        public double labelX() {
            return x + width + 6;
        }
    }

    static RecoveryChart of(DispositionDecision decision) {
        List<OptionAssessment> allowed = decision.allowedOptions();
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal min = BigDecimal.ZERO;
        for (OptionAssessment a : allowed) {
            max = max.max(a.netRecovery().amount());
            min = min.min(a.netRecovery().amount());
        }
        BigDecimal span = max.subtract(min);
        if (span.signum() == 0) {
            span = BigDecimal.ONE;
        }
        double zero = LABEL
                + AREA * min.negate().divide(span, 6, RoundingMode.HALF_EVEN).doubleValue();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < allowed.size(); i++) {
            OptionAssessment a = allowed.get(i);
            BigDecimal net = a.netRecovery().amount();
            double w = AREA * net.abs().divide(span, 6, RoundingMode.HALF_EVEN).doubleValue();
            bars.add(new Bar(
                    a.option().name(),
                    a.netRecovery().toString(),
                    net.signum() < 0 ? zero - w : zero,
                    TOP + i * ROW,
                    Math.max(w, 1),
                    a.option() == decision.option(),
                    net.signum() < 0));
        }
        return new RecoveryChart(LABEL + AREA + 110, TOP * 2 + Math.max(1, allowed.size()) * ROW, zero, bars);
    }
}
