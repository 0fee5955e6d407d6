package org.retrogistics.recycling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.shared.Money;

/** Scale first, then the product's weight, then the UNU key's average; estimates say so. */
class WeightEstimationTest {

    private static UnuKeyTable shipped() throws IOException {
        try (Reader w = resource("htbl_Key_Weight.csv");
                Reader d = resource("htbl_Key_Description.csv");
                Reader a = resource("htbl_Key_Aggregates.csv")) {
            return UnuKeyTable.read(w, d, a);
        }
    }

    private static Reader resource(String name) {
        return new InputStreamReader(
                WeightEstimationTest.class.getResourceAsStream("/recycling/unu/" + name), StandardCharsets.UTF_8);
    }

    private static ProductFacts product(int grams, String unuKey) {
        return new ProductFacts(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "SKU",
                null,
                "Phone",
                "Test",
                "electronics",
                null,
                grams,
                Money.of("1.00", "USD"),
                true,
                0,
                true,
                true,
                null,
                unuKey,
                0,
                null);
    }

    @Test
    void theShippedTableHasEveryKeyWithTheLatestDefaultWeight() throws IOException {
        UnuKeyTable unu = shipped();
        assertThat(unu.size()).isEqualTo(54);
        UnuKeyTable.UnuKey phones = unu.find("0306").orElseThrow();
        assertThat(phones.description()).startsWith("Mobile Phones");
        assertThat(phones.averageGrams()).isEqualTo(90);
        assertThat(phones.year()).isEqualTo(2021);
        assertThat(phones.weeeCategory()).isEqualTo("6");
        assertThat(unu.find("0303").orElseThrow().description()).isEqualTo("Laptops (incl. tablets)");
    }

    @Test
    void aScaleReadingWinsThenTheProductThenTheUnuKey() throws IOException {
        WeightEstimation w = new WeightEstimation(shipped());
        assertThat(w.weigh(1234L, product(300, "0306")).orElseThrow())
                .isEqualTo(new UnitWeight(1234, WeightSource.SCALE));
        UnitWeight fromProduct = w.weigh(null, product(300, "0306")).orElseThrow();
        assertThat(fromProduct).isEqualTo(new UnitWeight(300, WeightSource.PRODUCT));
        assertThat(fromProduct.estimated()).isTrue();
        assertThat(w.weigh(null, product(0, "0306")).orElseThrow()).isEqualTo(new UnitWeight(90, WeightSource.UNU_KEY));
        assertThat(w.weigh(null, product(0, "9999"))).isEmpty();
        assertThatThrownBy(() -> w.require(null, product(0, "9999"), "LP1"))
                .isInstanceOf(WeightEstimation.WeightUnknown.class)
                .hasMessageContaining("'9999' is not one");
        assertThatThrownBy(() -> w.require(-1L, product(10, null), "LP1")).hasMessageContaining("never negative");
    }

    @Test
    void quotedFieldsMayHoldCommasAndTheLatestYearWins() {
        UnuKeyTable t = UnuKeyTable.read(
                new StringReader("\"UNU_Key\",\"Country\",\"AverageWeight\",\"Year\"\n"
                        + "\"0304\",\"\",9.5,\"2020\"\n\"0304\",\"\",9.25,\"2021\"\n\"0304\",\"NLD\",1,\"2022\"\n"),
                new StringReader("\"UNU_Key\",\"Description\"\n\"0304\",\"Printers (e.g. scanners, \"\"MFP\"\")\"\n"),
                new StringReader("\"UNU_Key\",\"EU6PV\",\"EU10PV\"\n\"0304\",\"6\",\"3\"\n"));
        UnuKeyTable.UnuKey k = t.find("0304").orElseThrow();
        assertThat(k.averageGrams()).isEqualTo(9250);
        assertThat(k.year()).isEqualTo(2021);
        assertThat(k.description()).isEqualTo("Printers (e.g. scanners, \"MFP\")");
    }

    @Test
    void theShippedCopyIsTheDataSetUnchanged() throws Exception {
        // the checksums of the published files, recorded in SOURCE.md when copied: the test needs nothing outside
        // the repository
        String source = Files.readString(Path.of("src/main/resources/recycling/unu/SOURCE.md"));
        for (String f : new String[] {"htbl_Key_Weight.csv", "htbl_Key_Description.csv", "htbl_Key_Aggregates.csv"}) {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(Path.of("src/main/resources/recycling/unu/" + f)));
            assertThat(source)
                    .contains("`" + f + "` " + java.util.HexFormat.of().formatHex(digest));
        }
    }
}
