package org.retrogistics.disposition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.CsvExport;

/**
 * The CSV form of a recovery table, so that a client can export its rows, edit them in a spreadsheet and import them
 * again. The first line names the table ({@code # recovery-table id=… version=… currency=…}), the second is the
 * header, then one row per line; {@code *} in client, category or band means "any" (client {@code *}: a system row).
 * Fields with a comma or a quote are quoted as RFC 4180 says.
 */
public final class RecoveryTableCsv {

    static final String HEADER = "client,category,band,option,price_fraction,sell_through,holding_days,"
            + "markdown_per_30_days,labour_minutes,labour_rate_per_hour,sanitise_minutes,parts_fraction,parts_fixed,"
            + "transport,channel_fee,fixed_fee,value_per_kg,source";
    private static final int COLUMNS = 18;
    private static final String META = "# recovery-table";
    /** RFC 4180, one record a line ending in LF. */
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    /** Where the system defaults are kept in this form. */
    public static final String DEFAULTS_RESOURCE = "/disposition/recovery-defaults.csv";

    private RecoveryTableCsv() {}

    public static String write(RecoveryTable table) {
        StringBuilder out = new StringBuilder(256 * (table.entries().size() + 2));
        out.append(META)
                .append(" id=")
                .append(table.id())
                .append(" version=")
                .append(table.version())
                .append(" currency=")
                .append(table.currency().getCurrencyCode())
                .append('\n');
        out.append(HEADER).append('\n');
        try (CsvExport csv = CsvExport.withLf(out)) {
            for (RecoveryEntry e : table.entries()) {
                csv.row(
                        e.client() == null ? "*" : e.client().toString(),
                        e.category() == null ? "*" : e.category(),
                        e.band() == null ? "*" : e.band().name(),
                        e.option().name(),
                        e.priceFraction().toPlainString(),
                        e.sellThrough().toPlainString(),
                        e.holdingDays(),
                        e.markdownPer30Days().toPlainString(),
                        e.labourMinutes(),
                        e.labourRatePerHour().toPlainString(),
                        e.sanitiseMinutes(),
                        e.partsFraction().toPlainString(),
                        e.partsFixed().toPlainString(),
                        e.transport().toPlainString(),
                        e.channelFee().toPlainString(),
                        e.fixedFee().toPlainString(),
                        e.valuePerKg().toPlainString(),
                        e.source());
            }
        }
        return out.toString();
    }

    /** Reads a table written by {@link #write}: id, version and currency from its first line. */
    public static RecoveryTable read(String csv) {
        String first = csv.lines().findFirst().orElse("");
        if (!first.startsWith(META)) {
            throw new InvalidRecoveryTable("line 1: expected '" + META + " id=… version=… currency=…', found '" + first
                    + "'; to import rows without it, give id, version and currency");
        }
        String id = null;
        Integer version = null;
        Currency currency = null;
        for (String part : first.substring(META.length()).trim().split("\\s+")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : part.substring(eq + 1);
            try {
                switch (key) {
                    case "id" -> id = value;
                    case "version" -> version = Integer.parseInt(value);
                    case "currency" -> currency = Currency.getInstance(value);
                    default -> throw new InvalidRecoveryTable("line 1: unknown attribute '" + part + "'");
                }
            } catch (IllegalArgumentException ex) {
                throw new InvalidRecoveryTable("line 1: '" + part + "' is not a valid " + key);
            }
        }
        if (id == null || version == null || currency == null) {
            throw new InvalidRecoveryTable("line 1: id, version and currency are all needed");
        }
        return new RecoveryTable(id, version, currency, readEntries(csv));
    }

    /** Reads rows for a table whose id, version and currency the caller gives (an import). */
    public static RecoveryTable read(String csv, String id, int version, Currency currency) {
        return new RecoveryTable(id, version, currency, readEntries(csv));
    }

    /** The rows alone, e.g. to merge into a table with {@link RecoveryTable#with(List)}. */
    public static List<RecoveryEntry> readEntries(String csv) {
        List<RecoveryEntry> rows = new ArrayList<>();
        List<String> lines = csv.lines().toList();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int n = i + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.trim().equals(HEADER)) {
                    throw new InvalidRecoveryTable("line " + n + ": expected the header '" + HEADER + "'");
                }
                header = true;
                continue;
            }
            rows.add(parseRow(split(line, n), n));
        }
        if (!header) {
            throw new InvalidRecoveryTable("no header line '" + HEADER + "'");
        }
        return rows;
    }

    public static RecoveryTable readDefaults() {
        try (InputStream in = RecoveryTableCsv.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing from the class path");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static RecoveryEntry parseRow(List<String> f, int n) {
        if (f.size() != COLUMNS) {
            throw new InvalidRecoveryTable("line " + n + ": " + f.size() + " fields, expected " + COLUMNS);
        }
        try {
            return new RecoveryEntry(
                    f.get(0).trim().equals("*") ? null : ClientId.of(f.get(0).trim()),
                    CsvExport.unguard(f.get(1)),
                    f.get(2).trim().equals("*") ? null : band(f.get(2).trim(), n),
                    DispositionOption.parse(f.get(3)),
                    decimal(f.get(4), "price_fraction", n),
                    decimal(f.get(5), "sell_through", n),
                    integer(f.get(6), "holding_days", n),
                    decimal(f.get(7), "markdown_per_30_days", n),
                    integer(f.get(8), "labour_minutes", n),
                    decimal(f.get(9), "labour_rate_per_hour", n),
                    integer(f.get(10), "sanitise_minutes", n),
                    decimal(f.get(11), "parts_fraction", n),
                    decimal(f.get(12), "parts_fixed", n),
                    decimal(f.get(13), "transport", n),
                    decimal(f.get(14), "channel_fee", n),
                    decimal(f.get(15), "fixed_fee", n),
                    decimal(f.get(16), "value_per_kg", n),
                    CsvExport.unguard(f.get(17)));
        } catch (InvalidRecoveryTable ex) {
            throw ex.getMessage().startsWith("line ")
                    ? ex
                    : new InvalidRecoveryTable("line " + n + ": " + ex.getMessage());
        } catch (IllegalArgumentException ex) {
            throw new InvalidRecoveryTable("line " + n + ": " + ex.getMessage());
        }
    }

    private static GradeBand band(String text, int n) {
        try {
            return GradeBand.valueOf(text);
        } catch (IllegalArgumentException ex) {
            throw new InvalidRecoveryTable("line " + n + ": band '" + text + "' is not one of "
                    + java.util.Arrays.toString(GradeBand.values()) + " or *");
        }
    }

    private static BigDecimal decimal(String text, String column, int n) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException ex) {
            throw new InvalidRecoveryTable("line " + n + ": " + column + " '" + text + "' is not a number");
        }
    }

    private static int integer(String text, String column, int n) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException ex) {
            throw new InvalidRecoveryTable("line " + n + ": " + column + " '" + text + "' is not a whole number");
        }
    }

    /** The fields of one line, as RFC 4180 reads them. */
    private static List<String> split(String line, int n) {
        try (CSVParser parser = CSVParser.parse(line, FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of("") : records.get(0).toList();
        } catch (IOException | UncheckedIOException ex) {
            String why = String.valueOf(
                    ex instanceof UncheckedIOException u ? u.getCause().getMessage() : ex.getMessage());
            throw new InvalidRecoveryTable(
                    why.contains("EOF reached")
                            ? "line " + n + ": a quoted field is not closed"
                            : "line " + n + ": a quoted field must end at a comma or the end of the line");
        }
    }
}
