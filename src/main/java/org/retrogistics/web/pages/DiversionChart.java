package org.retrogistics.web.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.retrogistics.recycling.LandfillDiversion;

/**
 * The diversion page's bar chart as inline SVG geometry: one bar per group, its length the group's weight against the
 * heaviest group, split into the weight diverted from landfill and the weight landfilled, with the diversion rate.
 */
public record DiversionChart(int width, int height, List<Bar> bars) {

    static final int LABEL = 170;
    static final int AREA = 420;
    static final int ROW = 30;
    static final int TOP = 8;

    /** One group's bar: the diverted part from {@code x}, the landfilled part after it. */
    public record Bar(String key, double y, double x, double divertedWidth, double landfillWidth, String label) {

        public double landfillX() {
            return x + divertedWidth;
        }

        public double labelX() {
            return x + divertedWidth + landfillWidth + 6;
        }
    }

    static DiversionChart of(List<LandfillDiversion.Figures> groups) {
        long max = groups.stream()
                .mapToLong(LandfillDiversion.Figures::totalGrams)
                .max()
                .orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            LandfillDiversion.Figures g = groups.get(i);
            double scale = max == 0 ? 0 : (double) AREA / max;
            bars.add(new Bar(
                    g.key(),
                    TOP + i * ROW,
                    LABEL,
                    g.divertedGrams() * scale,
                    g.landfillGrams() * scale,
                    kg(g.totalGrams()) + " kg, " + percent(g.diversionRate()) + " diverted"));
        }
        return new DiversionChart(LABEL + AREA + 190, TOP * 2 + Math.max(1, groups.size()) * ROW, bars);
    }

    static String kg(long grams) {
        return BigDecimal.valueOf(grams)
                .divide(BigDecimal.valueOf(1000), 3, RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    static String percent(BigDecimal rate) {
        return rate == null
                ? "n/a"
                : rate.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
