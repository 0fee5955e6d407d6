package org.retrogistics.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retrogistics.disposition.Units.CLIENT;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class RecoveryTableCsvTest {

    @Test
    void theSystemDefaultsAreTheShippedCsvAndEveryRowCitesItsSource() {
        RecoveryTable system = RecoveryDefaults.system();
        assertThat(system).isEqualTo(RecoveryTableCsv.readDefaults());
        assertThat(system.id()).isEqualTo(RecoveryDefaults.ID);
        assertThat(system.currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(system.entries())
                .allSatisfy(e -> assertThat(e.source()).containsAnyOf("REFERENCE.md", "assumption"));
        // every option the engine weighs has a default row, so no unit is left without an estimate
        assertThat(system.entries().stream().map(RecoveryEntry::option).distinct())
                .containsExactlyInAnyOrder(DispositionOption.values());
        RecoveryTable euro = RecoveryDefaults.system(Currency.getInstance("EUR"));
        assertThat(euro.currency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(euro.entries()).isEqualTo(system.entries());
    }

    @Test
    void aTableSurvivesTheRoundTrip() {
        RecoveryTable system = RecoveryDefaults.system();
        RecoveryTable client = system.with(system.lookup(null, null, GradeBand.GOOD, DispositionOption.RESELL_AS_IS)
                        .forScope(CLIENT, "Small, \"Kitchen\" Appliances", GradeBand.GOOD)
                        .withPrice(new BigDecimal("0.450")))
                .as("northwind", 7);

        String csv = RecoveryTableCsv.write(client);
        RecoveryTable back = RecoveryTableCsv.read(csv);

        assertThat(back).isEqualTo(client);
        assertThat(back.id()).isEqualTo("northwind");
        assertThat(back.version()).isEqualTo(7);
        assertThat(csv).contains("\"small, \"\"kitchen\"\" appliances\"");
        assertThat(RecoveryTableCsv.write(back)).isEqualTo(csv);
    }

    @Test
    void anImportGetsItsIdVersionAndCurrencyFromTheCaller() {
        String rows = RecoveryTableCsv.write(RecoveryDefaults.system())
                .lines()
                .skip(1)
                .reduce("", (a, b) -> a + b + "\n");

        RecoveryTable imported = RecoveryTableCsv.read(rows, "acme-eu", 1, Currency.getInstance("EUR"));
        assertThat(imported.entries()).isEqualTo(RecoveryDefaults.system().entries());
        assertThat(imported.currency().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void badLinesAreNamed() {
        String head = "# recovery-table id=t version=1 currency=USD\n" + RecoveryTableCsv.HEADER + "\n";
        assertThatThrownBy(() -> RecoveryTableCsv.read(head + "*,*,*,B2B_LOT,lots,1,0,0,0,30,0,0,0,0,0,0,0,x\n"))
                .isInstanceOf(InvalidRecoveryTable.class)
                .hasMessage("line 3: price_fraction 'lots' is not a number");
        assertThatThrownBy(() -> RecoveryTableCsv.read(head + "*,*,*,B2B_LOT,0.1,1.5,0,0,0,30,0,0,0,0,0,0,0,x\n"))
                .isInstanceOf(InvalidRecoveryTable.class)
                .hasMessageContaining("line 3:")
                .hasMessageContaining("sell-through 1.5 is above 1");
        assertThatThrownBy(() -> RecoveryTableCsv.read(head + "*,*,*,SELL,0.1,1,0,0,0,30,0,0,0,0,0,0,0,x\n"))
                .isInstanceOf(InvalidRecoveryTable.class)
                .hasMessageContaining("line 3: 'SELL' is not a disposition option");
        assertThatThrownBy(() -> RecoveryTableCsv.read(head + "*,*,*,B2B_LOT,0.1\n"))
                .isInstanceOf(InvalidRecoveryTable.class)
                .hasMessage("line 3: 5 fields, expected 18");
        assertThatThrownBy(() -> RecoveryTableCsv.read("client,category\n"))
                .isInstanceOf(InvalidRecoveryTable.class)
                .hasMessageStartingWith("line 1:");
    }
}
