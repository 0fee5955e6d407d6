package org.retrogistics.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.retrogistics.history.internal.RetailLine;
import org.retrogistics.history.internal.RetailLines;

/** Reading and classifying lines of the retail layout. */
class RetailLinesTest {

    private static final String HEADER =
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

    private static RetailLine read(String line) throws Exception {
        return RetailLines.read(record(line));
    }

    private static CSVRecord record(String line) throws IOException {
        CSVParser p = CSVParser.builder()
                .setReader(new StringReader(HEADER + line + "\n"))
                .setFormat(CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())
                .get();
        return p.getRecords().get(0);
    }

    @Test
    void aSaleKeepsItsFiguresAndTheCustomerLosesTheTrailingPointZero() throws Exception {
        RetailLine l = read(
                "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom");
        assertThat(l.kind()).isEqualTo("SALE");
        assertThat(l.customerRef()).isEqualTo("17850");
        assertThat(l.quantity()).isEqualTo(6);
        assertThat(l.unitPrice()).isEqualByComparingTo(new BigDecimal("2.55"));
        assertThat(l.invoicedAt()).isEqualTo(LocalDateTime.of(2010, 12, 1, 8, 26));
        assertThat(l.cancellation()).isFalse();
    }

    @Test
    void aCancellationOfAProductIsAReturnAndAGuestHasNoCustomer() throws Exception {
        RetailLine l = read("C536379,22556,PLASTERS IN TIN CIRCUS PARADE,-12,2010-12-01 09:41:00,1.65,,United Kingdom");
        assertThat(l.kind()).isEqualTo("RETURN");
        assertThat(l.cancellation()).isTrue();
        assertThat(l.customerRef()).isNull();
    }

    @Test
    void aNegativeQuantityOutsideACancellationIsAStockAdjustmentWithItsNote() throws Exception {
        RetailLine l = read("536589,21777,damaged,-10,2010-12-01 16:50:00,0.0,,United Kingdom");
        assertThat(l.kind()).isEqualTo("ADJUSTMENT");
        assertThat(l.description()).isEqualTo("damaged");
    }

    @Test
    void nonProductCodesAreFeesWhateverTheInvoice() throws Exception {
        assertThat(RetailLines.feeKind("POST")).isEqualTo("POSTAGE");
        assertThat(RetailLines.feeKind("DOT")).isEqualTo("DOTCOM_POSTAGE");
        assertThat(RetailLines.feeKind("C2")).isEqualTo("CARRIAGE");
        assertThat(RetailLines.feeKind("m")).isEqualTo("MANUAL");
        assertThat(RetailLines.feeKind("D")).isEqualTo("DISCOUNT");
        assertThat(RetailLines.feeKind("S")).isEqualTo("SAMPLES");
        assertThat(RetailLines.feeKind("BANK CHARGES")).isEqualTo("BANK_CHARGES");
        assertThat(RetailLines.feeKind("AMAZONFEE")).isEqualTo("AMAZON_FEE");
        assertThat(RetailLines.feeKind("CRUK")).isEqualTo("CRUK_COMMISSION");
        assertThat(RetailLines.feeKind("PADS")).isEqualTo("PADS");
        assertThat(RetailLines.feeKind("B")).isEqualTo("BAD_DEBT");
        assertThat(RetailLines.feeKind("gift_0001_40")).isEqualTo("GIFT_VOUCHER");
        assertThat(RetailLines.feeKind("NEWCODE")).isEqualTo("OTHER_FEE");
        // products: five digits with or without a letter, and the dotcom shop's own codes
        assertThat(RetailLines.feeKind("85123A")).isNull();
        assertThat(RetailLines.feeKind("DCGS0076")).isNull();
        assertThat(RetailLines.feeKind("DCGSSGIRL")).isNull();

        RetailLine discount = read("C536379,D,Discount,-1,2010-12-01 09:41:00,27.5,14527.0,United Kingdom");
        assertThat(discount.kind()).isEqualTo("FEE");
        assertThat(discount.feeKind()).isEqualTo("DISCOUNT");
        assertThat(discount.cancellation()).isTrue();
    }

    @Test
    void anUnreadableLineSaysWhy() {
        assertThatThrownBy(() -> read("536365,85123A,HOLDER,six,2010-12-01 08:26:00,2.55,17850.0,United Kingdom"))
                .hasMessage("Quantity is not a whole number: six");
        assertThatThrownBy(() -> read("536365,85123A,HOLDER,6,01/12/2010 08:26,2.55,17850.0,United Kingdom"))
                .hasMessage("InvoiceDate is not yyyy-MM-dd HH:mm:ss: 01/12/2010 08:26");
        assertThatThrownBy(() -> read("536365,85123A,HOLDER,6,2010-12-01 08:26:00,£2.55,17850.0,United Kingdom"))
                .hasMessage("UnitPrice is not a decimal number: £2.55");
        assertThatThrownBy(() -> read(",85123A,HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom"))
                .hasMessage("InvoiceNo is blank");
        assertThatThrownBy(() -> read("536365,85123A,HOLDER,6,2010-12-01 08:26:00,2.55,Bob,United Kingdom"))
                .hasMessage("CustomerID is not a customer number: Bob");
        assertThatThrownBy(() -> read("536365,85123A,HOLDER,6")).hasMessage("expected 8 columns, found 4");
    }
}
