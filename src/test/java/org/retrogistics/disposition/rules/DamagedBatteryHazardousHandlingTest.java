package org.retrogistics.disposition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retrogistics.disposition.DispositionOption.DESTROY;
import static org.retrogistics.disposition.DispositionOption.DISPOSE;
import static org.retrogistics.disposition.DispositionOption.RECYCLE;
import static org.retrogistics.disposition.DispositionOption.RETURN_TO_VENDOR;
import static org.retrogistics.disposition.rules.RuleAssertions.clean;
import static org.retrogistics.disposition.rules.RuleAssertions.excluded;
import static org.retrogistics.disposition.rules.RuleAssertions.exclusion;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retrogistics.disposition.Exclusion;
import org.retrogistics.disposition.UnitFacts;
import org.retrogistics.shared.BatteryState;

/** The hard rule {@link DamagedBatteryHazardousHandling}: what it excludes, with which code and reason, and that it allows otherwise. */
class DamagedBatteryHazardousHandlingTest {

    private final DamagedBatteryHazardousHandling rule = new DamagedBatteryHazardousHandling();

    @Test
    void leavesOnlyHazardousHandlingForADamagedOrCriticalBattery() {
        for (BatteryState state : List.of(BatteryState.DAMAGED_DEFECTIVE, BatteryState.CRITICAL)) {
            UnitFacts damaged = clean().batteryState(state).build();
            assertThat(excluded(rule, damaged))
                    .isEqualTo(EnumSet.complementOf(EnumSet.of(RECYCLE, DESTROY, RETURN_TO_VENDOR)));
            Exclusion e = exclusion(rule, damaged, DISPOSE);
            assertThat(e.code()).isEqualTo("battery-hazardous");
            assertThat(e.reason()).contains("never by air");
            assertThat(e.safety()).isTrue();
        }
    }

    @Test
    void allowsEverythingWithASoundBatteryOrNone() {
        assertThat(excluded(rule, clean().batteryState(BatteryState.OK).build()))
                .isEmpty();
        assertThat(excluded(rule, clean().batteryState(BatteryState.NONE).build()))
                .isEmpty();
    }
}
