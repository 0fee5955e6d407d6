package org.retrogistics.disposition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retrogistics.RetrogisticsApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Every disposition option names the module that carries it out, and that module exists and depends on disposition's
 * API (it must read decisions to act on them). A renamed or removed module, or an option nobody owns, fails here.
 */
class CarriedOutByTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(RetrogisticsApplication.class);

    @Test
    void everyOptionIsCarriedOutByAModuleThatReadsDecisions() {
        ApplicationModule disposition = MODULES.getModuleByName("disposition").orElseThrow();
        for (DispositionOption option : DispositionOption.values()) {
            ApplicationModule owner = MODULES.getModuleByName(option.carriedOutBy())
                    .orElseThrow(() -> new AssertionError(option + " names no module: " + option.carriedOutBy()));
            assertThat(owner.getBootstrapDependencies(MODULES).toList())
                    .as("%s is carried out by %s, which must depend on disposition", option, option.carriedOutBy())
                    .contains(disposition);
        }
    }

    @Test
    void theOwnersAreTheThreeModulesThatEndAUnitsWay() {
        assertThat(java.util.Arrays.stream(DispositionOption.values())
                        .map(DispositionOption::carriedOutBy)
                        .distinct())
                .containsExactlyInAnyOrder("workshop", "resale", "recycling");
    }
}
