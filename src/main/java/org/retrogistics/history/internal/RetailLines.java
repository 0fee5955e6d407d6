package org.retrogistics.history.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a line of the UCI Online Retail layout (InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice,
 * CustomerID, Country) and classifies it: a line that is not a product (postage, discounts, bank charges, vouchers...)
 * is a FEE whatever its invoice; a product line of a cancellation invoice ('C...') is a RETURN; any other negative
 * quantity is a stock ADJUSTMENT (its description is the warehouse's note); the rest are SALEs.
 */
public final class RetailLines {

    public static final List<String> COLUMNS = List.of(
            "InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final Pattern DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern CUSTOMER = Pattern.compile("(\\d+)(\\.0+)?");

    /**
     * The non-product codes of the data set, by what they are (found by listing the codes that are not five digits and
     * reading their descriptions); any other code without a digit is OTHER_FEE.
     */
    private static final Map<String, String> FEES = Map.ofEntries(
            Map.entry("POST", "POSTAGE"),
            Map.entry("DOT", "DOTCOM_POSTAGE"),
            Map.entry("C2", "CARRIAGE"),
            Map.entry("M", "MANUAL"),
            Map.entry("D", "DISCOUNT"),
            Map.entry("S", "SAMPLES"),
            Map.entry("BANK CHARGES", "BANK_CHARGES"),
            Map.entry("AMAZONFEE", "AMAZON_FEE"),
            Map.entry("CRUK", "CRUK_COMMISSION"),
            Map.entry("PADS", "PADS"),
            Map.entry("B", "BAD_DEBT"));

    private RetailLines() {}

    /** A line that cannot be read, with the reason the error report gives. */
    public static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    /** What a stock code is when it is not a product, or null for a product. */
    public static String feeKind(String stockCode) {
        String code = stockCode.strip().toUpperCase(Locale.ROOT);
        String known = FEES.get(code);
        if (known != null) {
            return known;
        }
        if (code.startsWith("GIFT_")) {
            return "GIFT_VOUCHER";
        }
        if (code.startsWith("DCGS")) {
            return null; // the dotcom shop's own products (DCGS0076 a night light, DCGSSGIRL a party bag)
        }
        return DIGIT.matcher(code).matches() ? null : "OTHER_FEE";
    }

    public static RetailLine read(CSVRecord r) throws Unreadable {
        if (!r.isConsistent()) {
            throw new Unreadable("expected " + COLUMNS.size() + " columns, found " + r.size());
        }
        String invoice = required(r, "InvoiceNo");
        String code = required(r, "StockCode");
        int quantity;
        try {
            quantity = Integer.parseInt(required(r, "Quantity"));
        } catch (NumberFormatException e) {
            throw new Unreadable("Quantity is not a whole number: " + r.get("Quantity"));
        }
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(required(r, "InvoiceDate"), DATE);
        } catch (DateTimeParseException e) {
            throw new Unreadable("InvoiceDate is not yyyy-MM-dd HH:mm:ss: " + r.get("InvoiceDate"));
        }
        BigDecimal price;
        try {
            price = new BigDecimal(required(r, "UnitPrice"));
        } catch (NumberFormatException e) {
            throw new Unreadable("UnitPrice is not a decimal number: " + r.get("UnitPrice"));
        }
        if (price.scale() > 4 || price.precision() - price.scale() > 10) {
            throw new Unreadable("UnitPrice has more than 10 digits before or 4 after the point: " + price);
        }
        String customer = r.get("CustomerID").strip();
        if (!customer.isEmpty()) {
            var m = CUSTOMER.matcher(customer);
            if (!m.matches()) {
                throw new Unreadable("CustomerID is not a customer number: " + customer);
            }
            customer = m.group(1);
        }
        boolean cancellation = invoice.startsWith("C");
        String fee = feeKind(code);
        String kind = fee != null ? "FEE" : cancellation ? "RETURN" : quantity < 0 ? "ADJUSTMENT" : "SALE";
        return new RetailLine(
                invoice,
                code,
                blankToNull(r.get("Description")),
                quantity,
                at,
                price,
                customer.isEmpty() ? null : customer,
                blankToNull(r.get("Country")),
                kind,
                fee,
                cancellation);
    }

    private static String required(CSVRecord r, String column) throws Unreadable {
        String value = r.get(column).strip();
        if (value.isEmpty()) {
            throw new Unreadable(column + " is blank");
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
