package org.retrogistics.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retrogistics.disposition.DispositionOption.B2B_LOT;
import static org.retrogistics.disposition.DispositionOption.RESELL_AS_IS;
import static org.retrogistics.disposition.Units.CLIENT;
import static org.retrogistics.disposition.Units.OTHER_CLIENT;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryTableTest {

    private final RecoveryTable system = RecoveryDefaults.system();

    private static RecoveryEntry asIs(
            org.retrogistics.shared.ClientId client, String category, GradeBand band, String price) {
        return RecoveryDefaults.system()
                .lookup(null, null, GradeBand.GOOD, RESELL_AS_IS)
                .forScope(client, category, band)
                .withPrice(new BigDecimal(price));
    }

    @Test
    void systemDefaultsAnswerForEveryOptionBandAndCategory() {
        for (DispositionOption o : DispositionOption.values()) {
            for (GradeBand b : GradeBand.values()) {
                RecoveryEntry e = system.lookup(CLIENT, "anything", b, o);
                assertThat(e.client()).isNull();
                assertThat(e.source()).isNotBlank();
            }
        }
        // REFERENCE.md, Secondary-market recovery: item-level buyers at the top of 15–50%
        assertThat(system.lookup(CLIENT, "phones", GradeBand.LIKE_NEW, RESELL_AS_IS)
                        .priceFraction())
                .isEqualByComparingTo("0.5");
        // REFERENCE.md, Liquidation recovery: 15% referral fee
        assertThat(system.lookup(CLIENT, "phones", GradeBand.GOOD, B2B_LOT).channelFee())
                .isEqualByComparingTo("0.15");
    }

    @Test
    void lookupFallsBackFromClientCategoryAndBandToTheSystemDefault() {
        RecoveryTable table = system.with(
                asIs(CLIENT, "phones", GradeBand.GOOD, "0.45"),
                asIs(CLIENT, "phones", null, "0.44"),
                asIs(CLIENT, null, GradeBand.GOOD, "0.43"),
                asIs(CLIENT, null, null, "0.42"),
                asIs(null, "phones", null, "0.41"));

        // client + category + band
        assertThat(table.lookup(CLIENT, "Phones", GradeBand.GOOD, RESELL_AS_IS).priceFraction())
                .isEqualByComparingTo("0.45");
        // client + category
        assertThat(table.lookup(CLIENT, "phones", GradeBand.WORN, RESELL_AS_IS).priceFraction())
                .isEqualByComparingTo("0.44");
        // client + band
        assertThat(table.lookup(CLIENT, "laptops", GradeBand.GOOD, RESELL_AS_IS).priceFraction())
                .isEqualByComparingTo("0.43");
        // client default
        assertThat(table.lookup(CLIENT, "laptops", GradeBand.WORN, RESELL_AS_IS).priceFraction())
                .isEqualByComparingTo("0.42");
        // another client: the system's category row, then the system default for the band
        assertThat(table.lookup(OTHER_CLIENT, "phones", GradeBand.WORN, RESELL_AS_IS)
                        .priceFraction())
                .isEqualByComparingTo("0.41");
        assertThat(table.lookup(OTHER_CLIENT, "laptops", GradeBand.WORN, RESELL_AS_IS)
                        .priceFraction())
                .isEqualByComparingTo("0.3");
    }

    @Test
    void editingMakesANewVersionAndLeavesTheOldOneAsItWas() {
        RecoveryTable edited = system.with(asIs(CLIENT, null, null, "0.42"));
        RecoveryTable again = edited.with(asIs(CLIENT, null, null, "0.40"));

        assertThat(edited.version()).isEqualTo(system.version() + 1);
        assertThat(again.version()).isEqualTo(system.version() + 2);
        assertThat(again.entries()).hasSize(system.entries().size() + 1);
        assertThat(again.lookup(CLIENT, "x", GradeBand.WORN, RESELL_AS_IS).priceFraction())
                .isEqualByComparingTo("0.40");
        assertThat(system.lookup(CLIENT, "x", GradeBand.WORN, RESELL_AS_IS).priceFraction())
                .isEqualByComparingTo("0.3");
        assertThat(again.entriesOf(CLIENT)).hasSize(1);

        RecoveryTable reverted = again.without(CLIENT, null, null, RESELL_AS_IS);
        assertThat(reverted.lookup(CLIENT, "x", GradeBand.WORN, RESELL_AS_IS).priceFraction())
                .isEqualByComparingTo("0.3");
    }

    @Test
    void badRowsAreRefused() {
        RecoveryEntry good = asIs(CLIENT, null, null, "0.4");
        assertThatThrownBy(() -> good.withPrice(new BigDecimal("-0.1")))
                .isInstanceOf(InvalidRecoveryTable.class)
                .hasMessageContaining("price fraction -0.1 is negative");
        assertThatThrownBy(() -> new RecoveryTable("t", 1, Currency.getInstance("USD"), List.of(good, good)))
                .isInstanceOf(InvalidRecoveryTable.class)
                .hasMessageContaining("two rows for RESELL_AS_IS");
        assertThatThrownBy(() -> new RecoveryTable("t", 1, Currency.getInstance("USD"), List.of(good))
                        .lookup(CLIENT, "x", GradeBand.GOOD, B2B_LOT))
                .isInstanceOfSatisfying(
                        InvalidRecoveryTable.class, e -> assertThat(e.code()).isEqualTo("no-recovery-entry"));
    }
}
