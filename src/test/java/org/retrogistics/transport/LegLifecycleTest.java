package org.retrogistics.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.Money;
import org.retrogistics.testing.StateDiagrams;

/** The leg's table, its arithmetic (distance, CO2e, exact cost shares) and the damaged-battery policy. */
class LegLifecycleTest {

    @Test
    void nothingLeavesArrivedOrCancelledAndOnlyAPlannedLegIsLoaded() {
        assertThat(LegLifecycle.TABLE.transitions())
                .noneMatch(t -> t.from() == LegStatus.ARRIVED || t.from() == LegStatus.CANCELLED);
        assertThat(LegLifecycle.TABLE.next(LegStatus.DISPATCHED, LegLifecycle.Trigger.LOAD))
                .isEmpty();
        assertThat(LegLifecycle.TABLE.next(LegStatus.DISPATCHED, LegLifecycle.Trigger.CANCEL))
                .isEmpty();
        assertThat(LegLifecycle.TABLE.next(LegStatus.PLANNED, LegLifecycle.Trigger.LOAD))
                .contains(LegStatus.PLANNED);
        assertThat(LegLifecycle.TABLE.transitions().stream()
                        .map(t -> t.from() + "/" + t.trigger())
                        .distinct())
                .hasSize(LegLifecycle.TABLE.transitions().size());
    }

    @Test
    void distanceIsTheGreatCircleTimesTheCircuityAndCo2eFollowsTonneKm() {
        // one degree of latitude is 111.2 km on the mean Earth radius
        assertThat(LegFigures.greatCircleKm(0, 0, 1, 0)).isBetween(111.1, 111.3);
        assertThat(LegFigures.estimatedKm(0, 0, 1, 0, new BigDecimal("1.20"))).isEqualByComparingTo("133.4");
        // 100 km × 2 t × 126.31 g = 25.262 kg
        assertThat(LegFigures.co2eKg(new BigDecimal("100.0"), 2_000_000, new BigDecimal("126.31")))
                .isEqualByComparingTo("25.262");
        assertThat(LegFigures.cost(new BigDecimal("68.4"), new BigDecimal("1.50"), "EUR"))
                .isEqualTo(Money.of("102.60", "EUR"));
    }

    @Test
    void sharesAddUpToTheCostToTheCentAndTheRemainderGoesToTheFirstUnits() {
        List<Money> shares = LegFigures.shares(Money.of("100.00", "USD"), 3);
        assertThat(shares)
                .containsExactly(Money.of("33.34", "USD"), Money.of("33.33", "USD"), Money.of("33.33", "USD"));
        for (int n = 1; n <= 13; n++) {
            Money cost = Money.of("47.05", "EUR");
            List<Money> s = LegFigures.shares(cost, n);
            assertThat(s).hasSize(n);
            assertThat(s.stream().reduce(Money.zero(cost.currency()), Money::plus))
                    .isEqualTo(cost);
            assertThat(s.get(0).minus(s.get(n - 1)).amount()).isBetween(BigDecimal.ZERO, new BigDecimal("0.01"));
        }
        assertThat(LegFigures.shares(Money.of("1000", "JPY"), 3))
                .containsExactly(Money.of("334", "JPY"), Money.of("333", "JPY"), Money.of("333", "JPY"));
    }

    @Test
    void aPossiblyDamagedBatteryNeverFliesAndInspectionHasTheLastWord() {
        assertThat(DamagedBatteryPolicy.judge("UN3481", null, ReturnReason.DEFECTIVE)
                        .damaged())
                .isTrue();
        assertThat(DamagedBatteryPolicy.judge("UN3481", BatteryState.OK, ReturnReason.DEFECTIVE)
                        .damaged())
                .isFalse();
        assertThat(DamagedBatteryPolicy.judge("UN3481", BatteryState.CRITICAL, ReturnReason.CHANGED_MIND)
                        .damaged())
                .isTrue();
        assertThat(DamagedBatteryPolicy.judge(null, null, ReturnReason.DEFECTIVE)
                        .damaged())
                .isFalse();
        assertThat(DamagedBatteryPolicy.allows(TransportMode.AIR, List.of("LP1"))
                        .allowed())
                .isFalse();
        assertThat(DamagedBatteryPolicy.allows(TransportMode.AIR, List.of("LP1"))
                        .reason())
                .contains("LP1")
                .contains("SP A154");
        assertThat(DamagedBatteryPolicy.allows(TransportMode.ROAD, List.of("LP1"))
                        .allowed())
                .isTrue();
    }

    @Test
    void drawsTheStateDiagramIntoDocs() throws IOException {
        String doc = StateDiagrams.write(
                "leg-lifecycle",
                "Consolidation leg lifecycle",
                "`LegLifecycleTest` from `LegLifecycle.TABLE`",
                LegLifecycle.TABLE);
        assertThat(LegLifecycle.TABLE.finals())
                .containsExactlyElementsOf(List.of(LegStatus.ARRIVED, LegStatus.CANCELLED));
        assertThat(doc).contains("PLANNED --> DISPATCHED : DISPATCH");
    }
}
