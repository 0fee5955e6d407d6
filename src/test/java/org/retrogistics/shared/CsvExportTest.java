package org.retrogistics.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreShownAsText() {
        assertThat(CsvExport.cell("=HYPERLINK(\"http://evil\",\"x\")")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(CsvExport.cell("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(CsvExport.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExport.cell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvExport.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvExport.cell("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(CsvExport.cell("\0=1+1")).isEqualTo("'\0=1+1");
        assertThat(CsvExport.cell("-")).isEqualTo("'-");
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(CsvExport.cell("-12.50")).isEqualTo("-12.50");
        assertThat(CsvExport.cell("+3")).isEqualTo("+3");
        assertThat(CsvExport.cell("-.5")).isEqualTo("-.5");
        assertThat(CsvExport.cell(new BigDecimal("-12.50"))).isEqualTo("-12.50");
        assertThat(CsvExport.cell(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(CsvExport.cell(-7)).isEqualTo("-7");
        assertThat(CsvExport.cell("plain@example.com")).isEqualTo("plain@example.com");
        assertThat(CsvExport.cell("A=B")).isEqualTo("A=B");
        assertThat(CsvExport.cell(null)).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedSoEveryCellStaysOneCell() throws IOException {
        StringBuilder out = new StringBuilder();
        try (CsvExport csv = CsvExport.to(out)) {
            csv.header("name", "note", "amount");
            csv.row("Kettle, 1.7 l", "says \"hi\"\non two lines", new BigDecimal("-3.00"));
            csv.row("=1+1", null, 4);
        }
        assertThat(out.toString())
                .isEqualTo("name,note,amount\r\n"
                        + "\"Kettle, 1.7 l\",\"says \"\"hi\"\"\non two lines\",-3.00\r\n"
                        + "'=1+1,,4\r\n");
        List<CSVRecord> read =
                CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
        assertThat(read).hasSize(3);
        assertThat(read.get(1).values()).containsExactly("Kettle, 1.7 l", "says \"hi\"\non two lines", "-3.00");
        assertThat(read.get(2).values()).containsExactly("'=1+1", "", "4");
    }

    @Test
    void lfLinesWhenAskedFor() {
        StringBuilder out = new StringBuilder();
        try (CsvExport csv = CsvExport.withLf(out)) {
            csv.row("a", "b");
        }
        assertThat(out.toString()).isEqualTo("a,b\n");
    }

    @Test
    void unguardGivesBackWhatWasExported() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 12))
                .checkAssert(
                        s -> assertThat(CsvExport.unguard(CsvExport.guard(s))).isEqualTo(s));
        // texts that already start with a quote before a trigger round-trip too
        for (String s : List.of("'=x", "''+1", "'", "'a", "=", "'-3")) {
            assertThat(CsvExport.unguard(CsvExport.guard(s))).isEqualTo(s);
        }
        assertThat(CsvExport.guard("'=x")).isEqualTo("''=x");
    }
}
